package cn.js.pilotzone.identity.web;

import org.springframework.validation.BindingResult;

import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.identity.PasswordRejectedException;

/** Shows a refusal of the service layer on the form field it concerns. */
final class FormErrors {

    private FormErrors() {
    }

    static void show(DomainException refusal, BindingResult errors, String passwordField) {
        if (refusal instanceof PasswordRejectedException rejected) {
            rejected.violations().forEach(key -> errors.rejectValue(passwordField, key));
            return;
        }
        String key = refusal.messageKey();
        String field = key.startsWith("account.error.loginTaken") ? "loginName"
                : key.startsWith("organisation.error.nameTaken") ? nameField(errors)
                : key.startsWith("organisation.error.creditCode") ? "creditCode" : null;
        if (field != null) {
            errors.rejectValue(field, key, refusal.arguments(), key);
        } else {
            errors.reject(key, refusal.arguments(), key);
        }
    }

    private static String nameField(BindingResult errors) {
        return errors.getTarget() instanceof RegistrationForm ? "parkName" : "name";
    }
}
