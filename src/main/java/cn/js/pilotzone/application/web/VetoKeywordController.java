package cn.js.pilotzone.application.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.js.pilotzone.application.VetoKeywords;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.identity.AccountPrincipal;

/** The province keeps the words of the veto screening here. */
@Controller
@RequestMapping("/veto-keywords")
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class VetoKeywordController {

    private final VetoKeywords keywords;

    VetoKeywordController(VetoKeywords keywords) {
        this.keywords = keywords;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("keywords", keywords.list());
        return "application/veto-keywords";
    }

    @PostMapping
    String add(@RequestParam(defaultValue = "") String word, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        try {
            keywords.add(word, me);
            redirect.addFlashAttribute("flashSuccess", "veto.keyword.added");
            redirect.addFlashAttribute("flashArgs", List.of(word.strip()));
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
            redirect.addFlashAttribute("flashArgs", List.of(refused.arguments()));
        }
        return "redirect:/veto-keywords";
    }

    @PostMapping("/remove")
    String remove(@RequestParam String word, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        keywords.remove(word, me);
        redirect.addFlashAttribute("flashSuccess", "veto.keyword.removed");
        redirect.addFlashAttribute("flashArgs", List.of(word));
        return "redirect:/veto-keywords";
    }
}
