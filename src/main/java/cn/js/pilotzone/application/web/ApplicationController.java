package cn.js.pilotzone.application.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.js.pilotzone.application.Applications;
import cn.js.pilotzone.identity.AccountPrincipal;

@Controller
class ApplicationController {

    private final Applications applications;

    ApplicationController(Applications applications) {
        this.applications = applications;
    }

    @GetMapping("/applications/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        // Not "application": Thymeleaf reserves that name for the servlet context's attributes.
        model.addAttribute("applicationView", applications.get(id, me));
        return "application/application";
    }
}
