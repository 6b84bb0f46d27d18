package cn.js.pilotzone.panel.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import cn.js.pilotzone.panel.Ratings;
import cn.js.pilotzone.panel.Ratings.Given;
import cn.js.pilotzone.panel.SuggestionRule;
import cn.js.pilotzone.panel.Verdict;

/** An expert rates the indicators of a case; the leader reopens sheets and signs the conclusion. */
@Controller
class RatingController {

    private final Ratings ratings;
    private final SuggestionRule rule;

    RatingController(Ratings ratings, SuggestionRule rule) {
        this.ratings = ratings;
        this.rule = rule;
    }

    @GetMapping("/panel-tasks/{panelId}/rating")
    String page(@PathVariable long panelId, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        var page = ratings.page(panelId, me);
        model.addAttribute("page", page);
        model.addAttribute("verdicts", Verdict.RATING_SCALE);
        model.addAttribute("conclusionVerdicts", Verdict.conclusions(page.facts().kind().isReport()));
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", page.mine().ratings());
        }
        return "panel/rating";
    }

    @PostMapping("/panel-tasks/{panelId}/rating")
    String save(@PathVariable long panelId, @RequestParam Map<String, String> form,
            @RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal AccountPrincipal me,
            Model model, RedirectAttributes redirect) {
        Map<Long, Given> given = given(form);
        try {
            ratings.save(panelId, given, me);
            if ("submit".equals(action)) {
                // A separate step, so that an incomplete sheet is still kept as a draft.
                ratings.submit(panelId, me);
            }
            redirect.addFlashAttribute("flashSuccess", "submit".equals(action) ? "rating.submittedNow" : "rating.saved");
            return "redirect:/panel-tasks/" + panelId + "/rating";
        } catch (DomainException refused) {
            model.addAttribute("flashError", refused.messageKey());
            model.addAttribute("flashArgs", List.of(refused.arguments()));
            model.addAttribute("typed", given);
            return page(panelId, me, model);
        }
    }

    @PostMapping("/panel-tasks/{panelId}/reopen")
    String reopen(@PathVariable long panelId, @RequestParam long expert, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        try {
            ratings.reopen(panelId, expert, me);
            redirect.addFlashAttribute("flashSuccess", "rating.reopened");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return "redirect:/panel-tasks/" + panelId + "/rating";
    }

    @PostMapping("/panel-tasks/{panelId}/conclusion")
    String conclude(@PathVariable long panelId, @RequestParam(required = false) Verdict verdict,
            @RequestParam(defaultValue = "") String opinion, @AuthenticationPrincipal AccountPrincipal me, Model model,
            RedirectAttributes redirect) {
        try {
            ratings.conclude(panelId, verdict, opinion, me);
            redirect.addFlashAttribute("flashSuccess", "conclusion.signed");
            return "redirect:/panel-tasks/" + panelId + "/rating";
        } catch (DomainException refused) {
            model.addAttribute("flashError", refused.messageKey());
            model.addAttribute("flashArgs", List.of(refused.arguments()));
            model.addAttribute("opinion", opinion);
            model.addAttribute("chosen", verdict);
            return page(panelId, me, model);
        }
    }

    @GetMapping("/panels/rule")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String rule(Model model) {
        var current = rule.current();
        model.addAttribute("rule", current);
        model.addAttribute("ruleText", rule.describe(current));
        return "panel/rule";
    }

    @PostMapping("/panels/rule")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String setRule(@RequestParam int conformAtLeast, @RequestParam int notConformAtLeast,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        try {
            rule.set(conformAtLeast, notConformAtLeast, me);
            redirect.addFlashAttribute("flashSuccess", "conclusion.ruleSaved");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return "redirect:/panels/rule";
    }

    /** Ratings from the form fields {@code verdict-<indicator>} and {@code comment-<indicator>}. */
    private static Map<Long, Given> given(Map<String, String> form) {
        Map<Long, Given> given = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("verdict-") || name.startsWith("comment-")) {
                long id;
                try {
                    id = Long.parseLong(name.substring(name.indexOf('-') + 1));
                } catch (NumberFormatException e) {
                    return;
                }
                Given before = given.getOrDefault(id, new Given(null, null));
                given.put(id, name.startsWith("verdict-")
                        ? new Given(parse(value), before.comment()) : new Given(before.verdict(), value));
            }
        });
        return given;
    }

    private static Verdict parse(String value) {
        try {
            return value == null || value.isBlank() ? null : Verdict.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
