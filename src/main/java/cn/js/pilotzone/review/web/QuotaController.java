package cn.js.pilotzone.review.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

import cn.js.pilotzone.application.Rounds;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.identity.ReferenceData;
import cn.js.pilotzone.review.CityReviews;

/** The province limits how many parks each city may recommend in a round; no limit unless set. */
@Controller
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class QuotaController {

    private final CityReviews reviews;
    private final Rounds rounds;
    private final ReferenceData referenceData;

    QuotaController(CityReviews reviews, Rounds rounds, ReferenceData referenceData) {
        this.reviews = reviews;
        this.rounds = rounds;
        this.referenceData = referenceData;
    }

    @GetMapping("/rounds/{roundId}/quotas")
    String quotas(@PathVariable long roundId, Model model, Locale locale) {
        Map<ReferenceData.Option, Integer> quotas = new LinkedHashMap<>();
        for (ReferenceData.Option jurisdiction : referenceData.jurisdictions(locale)) {
            quotas.put(jurisdiction, reviews.quota(roundId, jurisdiction.code()).orElse(null));
        }
        model.addAttribute("round", rounds.get(roundId));
        model.addAttribute("quotas", quotas);
        return "review/quotas";
    }

    @PostMapping("/rounds/{roundId}/quotas")
    String setQuota(@PathVariable long roundId, @RequestParam String jurisdiction,
            @RequestParam(required = false) Integer quota, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        rounds.get(roundId);
        try {
            reviews.setQuota(roundId, jurisdiction, quota, me);
            redirect.addFlashAttribute("flashSuccess", "review.quotaSaved");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
            redirect.addFlashAttribute("flashArgs", List.of(refused.arguments()));
        }
        return "redirect:/rounds/" + roundId + "/quotas";
    }
}
