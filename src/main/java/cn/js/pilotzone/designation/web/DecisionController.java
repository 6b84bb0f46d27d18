package cn.js.pilotzone.designation.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.js.pilotzone.application.Applications;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.designation.DecisionKind;
import cn.js.pilotzone.designation.Designations;
import cn.js.pilotzone.designation.ProvincialDecisions;
import cn.js.pilotzone.designation.PublicNotices;
import cn.js.pilotzone.designation.RevocationCategory;
import cn.js.pilotzone.identity.AccountPrincipal;

/** The province decides, finds on objections and designates; the park reads the outcome. */
@Controller
class DecisionController {

    private final ProvincialDecisions decisions;
    private final PublicNotices notices;
    private final Designations designations;
    private final Applications applications;
    private final cn.js.pilotzone.evidence.EvidenceStore store;

    DecisionController(ProvincialDecisions decisions, PublicNotices notices, Designations designations,
            Applications applications, cn.js.pilotzone.evidence.EvidenceStore store) {
        this.store = store;
        this.decisions = decisions;
        this.notices = notices;
        this.designations = designations;
        this.applications = applications;
    }

    @GetMapping("/decisions/{id}")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("page", decisions.page(id));
        model.addAttribute("zone", designations.zone(id).orElse(null));
        model.addAttribute("kinds", List.of(DecisionKind.APPROVE_FOR_NOTICE, DecisionKind.REJECT,
                DecisionKind.TERMINATE_FOR_FRAUD, DecisionKind.VETO));
        model.addAttribute("defaultNoticeDays", ProvincialDecisions.DEFAULT_NOTICE_DAYS);
        model.addAttribute("revocationCategories", RevocationCategory.values());
        return "designation/decision";
    }

    @PostMapping("/decisions/{id}")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String decide(@PathVariable long id, @RequestParam(required = false) DecisionKind kind,
            @RequestParam(defaultValue = "") String opinion, @RequestParam(required = false) Integer noticeDays,
            @AuthenticationPrincipal AccountPrincipal me, Model model, RedirectAttributes redirect) {
        try {
            if (kind == null) {
                throw new DomainException("decision.kindRequired");
            }
            decisions.decide(id, kind, opinion, noticeDays, me);
            redirect.addFlashAttribute("flashSuccess", "decision.done." + kind.name());
            return "redirect:/decisions/" + id;
        } catch (DomainException refused) {
            model.addAttribute("flashError", refused.messageKey());
            model.addAttribute("flashArgs", List.of(refused.arguments()));
            model.addAttribute("opinion", opinion);
            model.addAttribute("chosen", kind);
            return page(id, model);
        }
    }

    @PostMapping("/decisions/{id}/objections/{objectionId}")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String find(@PathVariable long id, @PathVariable long objectionId, @RequestParam boolean upheld,
            @RequestParam(defaultValue = "") String reasons, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        try {
            notices.find(objectionId, upheld, reasons, me);
            redirect.addFlashAttribute("flashSuccess", upheld ? "objection.upheld" : "objection.dismissed");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return "redirect:/decisions/" + id;
    }

    @GetMapping("/decisions/{id}/objections/{objectionId}/file")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> objectionFile(@PathVariable long id,
            @PathVariable long objectionId) {
        var file = notices.objectionFile(objectionId);
        return cn.js.pilotzone.evidence.Downloads.file(file, store.open(file.id()));
    }

    @PostMapping("/decisions/{id}/designation")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String designate(@PathVariable long id, @RequestParam(defaultValue = "") String documentNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentDate,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        try {
            designations.designate(id, documentNumber, documentDate, me);
            redirect.addFlashAttribute("flashSuccess", "designation.done");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
            redirect.addFlashAttribute("flashArgs", List.of(refused.arguments()));
        }
        return "redirect:/decisions/" + id;
    }

    @PostMapping("/decisions/{id}/revocation")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String revoke(@PathVariable long id, @RequestParam long designation,
            @RequestParam(required = false) RevocationCategory category, @RequestParam(defaultValue = "") String reasons,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate revokedOn,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        try {
            designations.revoke(designation, category, reasons, revokedOn, me);
            redirect.addFlashAttribute("flashSuccess", "revocation.done");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return "redirect:/decisions/" + id;
    }

    /** A bulk decision first shows every application it will change, and what it will change to. */
    @PostMapping("/decisions/bulk/preview")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String bulkPreview(@RequestParam(required = false) List<Long> ids, @RequestParam DecisionKind kind, Model model,
            RedirectAttributes redirect) {
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("flashError", "decision.bulkEmpty");
            return "redirect:/panels";
        }
        model.addAttribute("changes", decisions.preview(ids, kind));
        model.addAttribute("kind", kind);
        model.addAttribute("defaultNoticeDays", ProvincialDecisions.DEFAULT_NOTICE_DAYS);
        return "designation/bulk";
    }

    @PostMapping("/decisions/bulk")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String bulk(@RequestParam(required = false) List<Long> ids, @RequestParam DecisionKind kind,
            @RequestParam(defaultValue = "") String opinion, @RequestParam(required = false) Integer noticeDays,
            @AuthenticationPrincipal AccountPrincipal me, Model model, RedirectAttributes redirect) {
        try {
            decisions.decideAll(ids == null ? List.of() : ids, kind, opinion, noticeDays, me);
            redirect.addFlashAttribute("flashSuccess", "decision.bulkDone");
            redirect.addFlashAttribute("flashArgs", List.of(ids.size()));
            return "redirect:/panels";
        } catch (DomainException refused) {
            model.addAttribute("flashError", refused.messageKey());
            model.addAttribute("flashArgs", List.of(refused.arguments()));
            model.addAttribute("opinion", opinion);
            model.addAttribute("changes", ids == null ? List.of() : decisions.preview(ids, kind));
            model.addAttribute("kind", kind);
            model.addAttribute("defaultNoticeDays", noticeDays);
            return "designation/bulk";
        }
    }

    /** The province's decisions and their reasons, for whoever may read the application, the park first. */
    @GetMapping("/applications/{id}/decisions")
    String outcome(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("applicationView", applications.get(id, me));
        model.addAttribute("history", decisions.history(id));
        model.addAttribute("zone", designations.zone(id).orElse(null));
        return "designation/outcome";
    }
}
