package cn.js.pilotzone.panel.web;

import java.util.List;
import java.util.Locale;

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
import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.identity.ReferenceData;
import cn.js.pilotzone.panel.ExpertPool;
import cn.js.pilotzone.panel.Expertise;

/** The province keeps the expert pool: fields, employer and declared ties of each expert. */
@Controller
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class ExpertController {

    private final ExpertPool pool;
    private final ReferenceData referenceData;

    ExpertController(ExpertPool pool, ReferenceData referenceData) {
        this.pool = pool;
        this.referenceData = referenceData;
    }

    @GetMapping("/experts")
    String list(Model model) {
        model.addAttribute("experts", pool.all());
        return "panel/experts";
    }

    @GetMapping("/experts/{accountId}")
    String form(@PathVariable long accountId, Model model, Locale locale) {
        model.addAttribute("expert", pool.expert(accountId).orElseThrow(() -> new NotFoundException("expert")));
        model.addAttribute("fields", Expertise.values());
        model.addAttribute("jurisdictions", referenceData.jurisdictions(locale));
        return "panel/expert-form";
    }

    @PostMapping("/experts/{accountId}")
    String save(@PathVariable long accountId, @RequestParam(required = false) List<Expertise> fields,
            @RequestParam(defaultValue = "") String employer, @RequestParam(defaultValue = "") String employerCreditCode,
            @RequestParam(defaultValue = "") String tieCreditCodes,
            @RequestParam(required = false) List<String> tieJurisdictions, @AuthenticationPrincipal AccountPrincipal me,
            Model model, Locale locale, RedirectAttributes redirect) {
        try {
            pool.saveProfile(accountId, fields == null ? List.of() : fields, employer, employerCreditCode,
                    tieCreditCodes, tieJurisdictions == null ? List.of() : tieJurisdictions, me);
            redirect.addFlashAttribute("flashSuccess", "expert.saved");
            return "redirect:/experts";
        } catch (DomainException refused) {
            // Everything typed comes back with the reason.
            model.addAttribute("flashError", refused.messageKey());
            model.addAttribute("flashArgs", List.of(refused.arguments()));
            model.addAttribute("typed", new Typed(fields == null ? List.of() : fields, employer, employerCreditCode,
                    tieCreditCodes, tieJurisdictions == null ? List.of() : tieJurisdictions));
            return form(accountId, model, locale);
        }
    }

    /** What the province typed into a refused form. */
    record Typed(List<Expertise> fields, String employer, String employerCreditCode, String tieCreditCodes,
            List<String> tieJurisdictions) {
    }
}
