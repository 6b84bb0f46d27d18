package cn.js.pilotzone.panel.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.panel.Panels;

/** An expert's cases: confirm having no conflict, or decline with a reason. */
@Controller
class PanelTaskController {

    private final Panels panels;

    PanelTaskController(Panels panels) {
        this.panels = panels;
    }

    @GetMapping("/panel-tasks")
    String tasks(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("assignments", panels.mine(me));
        return "panel/tasks";
    }

    @PostMapping("/panel-tasks/{panelId}/confirm")
    String confirm(@PathVariable long panelId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        try {
            panels.confirm(panelId, me);
            redirect.addFlashAttribute("flashSuccess", "panel.confirmed");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
            redirect.addFlashAttribute("flashArgs", List.of(refused.arguments()));
        }
        return "redirect:/panel-tasks";
    }

    @PostMapping("/panel-tasks/{panelId}/decline")
    String decline(@PathVariable long panelId, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        try {
            panels.decline(panelId, reason, me);
            redirect.addFlashAttribute("flashSuccess", "panel.declined");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
            redirect.addFlashAttribute("flashArgs", List.of(refused.arguments()));
        }
        return "redirect:/panel-tasks";
    }
}
