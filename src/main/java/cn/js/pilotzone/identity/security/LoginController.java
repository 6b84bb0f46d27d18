package cn.js.pilotzone.identity.security;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(Authentication authentication, HttpSession session, Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        // Shown once: a reload of the page starts clean.
        model.addAttribute("loginError", session.getAttribute(LoginHandlers.LOGIN_ERROR));
        model.addAttribute("loginName", session.getAttribute(LoginHandlers.LOGIN_NAME));
        session.removeAttribute(LoginHandlers.LOGIN_ERROR);
        session.removeAttribute(LoginHandlers.LOGIN_NAME);
        return "identity/login";
    }
}
