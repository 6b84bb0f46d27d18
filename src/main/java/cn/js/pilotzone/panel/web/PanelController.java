package cn.js.pilotzone.panel.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
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
import cn.js.pilotzone.panel.Expertise;
import cn.js.pilotzone.panel.Panels;

/** The province forms the panel of each application it received. */
@Controller
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class PanelController {

    private final Panels panels;

    PanelController(Panels panels) {
        this.panels = panels;
    }

    @GetMapping("/panels")
    String cases(Model model) {
        model.addAttribute("rows", panels.cases());
        return "panel/cases";
    }

    @GetMapping("/panels/{applicationId}")
    String forming(@PathVariable long applicationId, Model model) {
        model.addAttribute("page", panels.forming(applicationId));
        model.addAttribute("fields", Expertise.values());
        model.addAttribute("minMembers", Panels.MIN_MEMBERS);
        return "panel/forming";
    }

    /** A random draw only proposes: the province sees the names and forms the panel with them. */
    @PostMapping("/panels/{applicationId}/draw")
    String draw(@PathVariable long applicationId, @RequestParam(required = false) List<Expertise> fields,
            @RequestParam(defaultValue = "5") int size, Model model) {
        try {
            List<Long> drawn = panels.draw(applicationId, fields == null ? List.of() : fields, size);
            model.addAttribute("proposed", drawn);
            model.addAttribute("proposedLeader", drawn.get(0));
        } catch (DomainException refused) {
            model.addAttribute("flashError", refused.messageKey());
            model.addAttribute("flashArgs", List.of(refused.arguments()));
        }
        return forming(applicationId, model);
    }

    @PostMapping("/panels/{applicationId}")
    String form(@PathVariable long applicationId, @RequestParam(required = false) List<Long> experts,
            @RequestParam(required = false) Long leader, @AuthenticationPrincipal AccountPrincipal me, Model model,
            RedirectAttributes redirect) {
        try {
            panels.form(applicationId, experts == null ? List.of() : experts, leader, me);
            redirect.addFlashAttribute("flashSuccess", "panel.formed");
            return "redirect:/panels/" + applicationId;
        } catch (DomainException refused) {
            model.addAttribute("flashError", refused.messageKey());
            model.addAttribute("flashArgs", List.of(refused.arguments()));
            model.addAttribute("proposed", experts == null ? List.of() : experts);
            model.addAttribute("proposedLeader", leader);
            return forming(applicationId, model);
        }
    }

    @PostMapping("/panels/{applicationId}/leader")
    String appointLeader(@PathVariable long applicationId, @RequestParam long leader,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        try {
            panels.appointLeader(applicationId, leader, me);
            redirect.addFlashAttribute("flashSuccess", "panel.leaderAppointed");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return "redirect:/panels/" + applicationId;
    }
}
