package cn.js.pilotzone.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.common.QrCode;
import cn.js.pilotzone.identity.AccountDirectory;
import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.identity.SelfService;
import cn.js.pilotzone.identity.security.SessionPrincipal;
import cn.js.pilotzone.identity.SelfService.SecondFactorSetup;

/**
 * Enrolment of a TOTP authenticator. The secret lives in the session until a code generated from
 * it proves that the person's app has it; only then is it stored.
 */
@Controller
@RequestMapping("/account/second-factor")
class SecondFactorController {

    private static final String SETUP = "pilotzone.secondFactorSetup";
    private static final int QR_SIZE = 200;

    private final SelfService selfService;
    private final AccountDirectory directory;

    SecondFactorController(SelfService selfService, AccountDirectory directory) {
        this.selfService = selfService;
        this.directory = directory;
    }

    @GetMapping
    String page(@AuthenticationPrincipal AccountPrincipal me, HttpSession session, Model model) {
        if (directory.hasSecondFactor(me.accountId())) {
            model.addAttribute("enrolled", true);
            return "identity/second-factor";
        }
        SecondFactorSetup setup = (SecondFactorSetup) session.getAttribute(SETUP);
        if (setup == null) {
            setup = selfService.newSecondFactor(me);
            session.setAttribute(SETUP, setup);
        }
        model.addAttribute("enrolled", false);
        model.addAttribute("required", me.pendingStep() == AccountPrincipal.PendingStep.ENROL_SECOND_FACTOR);
        model.addAttribute("secret", setup.secret());
        model.addAttribute("qr", QrCode.pngDataUri(setup.provisioningUri(), QR_SIZE));
        return "identity/second-factor";
    }

    @PostMapping
    String enrol(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String code,
            HttpSession session, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        SecondFactorSetup setup = (SecondFactorSetup) session.getAttribute(SETUP);
        if (setup == null) {
            return "redirect:/account/second-factor";
        }
        try {
            AccountPrincipal updated = selfService.enrolSecondFactor(me, setup.secret(), code);
            session.removeAttribute(SETUP);
            SessionPrincipal.replace(updated, request, response);
            redirect.addFlashAttribute("flashSuccess", "secondFactor.enrolled");
            return "redirect:/";
        } catch (DomainException invalid) {
            redirect.addFlashAttribute("flashError", invalid.messageKey());
            return "redirect:/account/second-factor";
        }
    }
}
