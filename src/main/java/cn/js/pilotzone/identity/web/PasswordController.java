package cn.js.pilotzone.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.identity.PasswordRejectedException;
import cn.js.pilotzone.identity.SelfService;
import cn.js.pilotzone.identity.security.SessionPrincipal;

@Controller
@RequestMapping("/account/password")
class PasswordController {

    private final SelfService selfService;

    PasswordController(SelfService selfService) {
        this.selfService = selfService;
    }

    @GetMapping
    String form(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("form", new PasswordForm());
        model.addAttribute("pendingStep", me.pendingStep());
        return "identity/password";
    }

    @PostMapping
    String change(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") PasswordForm form,
            BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            AccountPrincipal updated = selfService.changePassword(me, form.getCurrentPassword(),
                    form.getNewPassword(), form.getConfirmation());
            SessionPrincipal.replace(updated, request, response);
            redirect.addFlashAttribute("flashSuccess", "password.changed");
            return "redirect:/";
        } catch (PasswordRejectedException rejected) {
            for (String violation : rejected.violations()) {
                String field = violation.equals("password.error.currentWrong") ? "currentPassword"
                        : violation.equals("password.error.confirmationDiffers") ? "confirmation" : "newPassword";
                errors.rejectValue(field, violation);
            }
            model.addAttribute("pendingStep", me.pendingStep());
            form.clear();
            return "identity/password";
        }
    }

    /** Passwords are never sent back to the browser, not even after a validation error. */
    static class PasswordForm {
        private String currentPassword;
        private String newPassword;
        private String confirmation;

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getConfirmation() {
            return confirmation;
        }

        public void setConfirmation(String confirmation) {
            this.confirmation = confirmation;
        }

        void clear() {
            currentPassword = null;
            newPassword = null;
            confirmation = null;
        }
    }
}
