package cn.js.pilotzone.identity.web;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.identity.Registrations;

@Controller
@RequestMapping("/registrations")
class RegistrationReviewController {

    private final Registrations registrations;

    RegistrationReviewController(Registrations registrations) {
        this.registrations = registrations;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountPrincipal me, Model model, Locale locale) {
        model.addAttribute("pending", registrations.pending(me, locale));
        return "identity/registrations";
    }

    @PostMapping("/{accountId}/approve")
    String approve(@PathVariable long accountId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        registrations.approve(accountId, me);
        redirect.addFlashAttribute("flashSuccess", "registration.approved");
        return "redirect:/registrations";
    }

    @PostMapping("/{accountId}/reject")
    String reject(@PathVariable long accountId, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        try {
            registrations.reject(accountId, me, reason);
            redirect.addFlashAttribute("flashSuccess", "registration.rejected");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return "redirect:/registrations";
    }
}
