package cn.js.pilotzone.ledger.web;

import java.time.LocalDate;
import java.util.Arrays;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.js.pilotzone.ledger.AuditLog;
import cn.js.pilotzone.ledger.AuditQuery;
import cn.js.pilotzone.ledger.AuditResult;
import cn.js.pilotzone.ledger.ChainVerification;

/** The audit administrator's page: search the trail, and walk the hash chain on demand. */
@Controller
@RequestMapping("/audit")
class AuditController {

    private static final int PAGE_SIZE = 50;
    /** Far beyond any real trail; keeps a hand-made page number from overflowing the offset. */
    private static final int MAX_PAGE = 10_000_000;

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    String search(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) AuditResult result, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        AuditQuery query = new AuditQuery(from, to, actor, action, result, q);
        int pageNumber = Math.min(Math.max(page, 0), MAX_PAGE);
        model.addAttribute("page", auditLog.search(query, PageRequest.of(pageNumber, PAGE_SIZE)));
        model.addAttribute("results", Arrays.asList(AuditResult.values()));
        return "ledger/audit";
    }

    @PostMapping("/verify")
    String verify(RedirectAttributes redirect) {
        ChainVerification verification = auditLog.verifyChain();
        redirect.addFlashAttribute("verification", verification);
        return "redirect:/audit";
    }
}
