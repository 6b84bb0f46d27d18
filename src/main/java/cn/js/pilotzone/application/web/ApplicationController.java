package cn.js.pilotzone.application.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.js.pilotzone.application.ApplicationForms;
import cn.js.pilotzone.application.Applications;
import cn.js.pilotzone.application.Submissions;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.identity.Role;

/** The overview of one application: its sections, figures, what is missing, and its versions. */
@Controller
class ApplicationController {

    private final Applications applications;
    private final ApplicationForms forms;
    private final Submissions submissions;

    ApplicationController(Applications applications, ApplicationForms forms, Submissions submissions) {
        this.applications = applications;
        this.forms = forms;
        this.submissions = submissions;
    }

    @GetMapping("/applications/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        // Not "application": Thymeleaf reserves that name for the servlet context's attributes.
        var view = applications.get(id, me);
        model.addAttribute("applicationView", view);
        model.addAttribute("versions", submissions.versions(id, me));
        if (me.hasRole(Role.APPLICANT)) {
            model.addAttribute("draft", forms.draft(id, me));
        }
        model.addAttribute("sections", view.kind().schema().sections());
        return "application/application";
    }

    @PostMapping("/applications/{id}/submit")
    String submit(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        try {
            boolean report = applications.get(id, me).kind().isReport();
            int number = submissions.submit(id, me);
            redirect.addFlashAttribute("flashSuccess", report ? "report.submitted" : "application.submitted");
            redirect.addFlashAttribute("flashArgs", List.of(number));
            return "redirect:/applications/" + id + "/versions/" + number;
        } catch (Submissions.Incomplete incomplete) {
            redirect.addFlashAttribute("flashError", incomplete.messageKey());
            redirect.addFlashAttribute("flashArgs", List.of(incomplete.arguments()));
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
            redirect.addFlashAttribute("flashArgs", List.of(refused.arguments()));
        }
        return "redirect:/applications/" + id;
    }

    @PostMapping("/applications/{id}/withdraw")
    String withdraw(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        try {
            submissions.withdraw(id, me);
            redirect.addFlashAttribute("flashSuccess", "application.withdrawn");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return "redirect:/applications/" + id;
    }
}
