package cn.js.pilotzone.identity.web;

import java.util.Arrays;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.identity.ApprovalLevel;
import cn.js.pilotzone.identity.PasswordPolicy;
import cn.js.pilotzone.identity.ReferenceData;
import cn.js.pilotzone.identity.Registrations;

@Controller
@RequestMapping("/register")
class RegistrationController {

    private final Registrations registrations;
    private final ReferenceData referenceData;

    RegistrationController(Registrations registrations, ReferenceData referenceData) {
        this.registrations = registrations;
        this.referenceData = referenceData;
    }

    @GetMapping
    String form(Model model, Locale locale) {
        model.addAttribute("form", new RegistrationForm());
        return page(model, locale);
    }

    @PostMapping
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model,
            Locale locale) {
        if (form.getPassword() != null && !form.getPassword().isEmpty()) {
            PasswordPolicy.violations(form.getLoginName(), form.getPassword())
                    .forEach(violation -> errors.rejectValue("password", violation));
            if (!form.getPassword().equals(form.getConfirmation())) {
                errors.rejectValue("confirmation", "password.error.confirmationDiffers");
            }
        }
        if (!errors.hasErrors()) {
            try {
                registrations.register(form.toCommand());
                return "redirect:/register/done";
            } catch (DomainException refused) {
                FormErrors.show(refused, errors, "password");
            }
        }
        form.clearPasswords();
        return page(model, locale);
    }

    @GetMapping("/done")
    String done() {
        return "identity/register-done";
    }

    private String page(Model model, Locale locale) {
        model.addAttribute("jurisdictions", referenceData.jurisdictions(locale));
        model.addAttribute("parkKinds", referenceData.parkKinds(locale));
        model.addAttribute("unitKinds", referenceData.applicantUnitKinds(locale));
        model.addAttribute("approvalLevels", Arrays.asList(ApprovalLevel.values()));
        return "identity/register";
    }
}
