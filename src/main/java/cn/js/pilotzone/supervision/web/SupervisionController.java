package cn.js.pilotzone.supervision.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.js.pilotzone.application.DossierKind;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.designation.RevocationCategory;
import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.panel.Ratings;
import cn.js.pilotzone.review.CityReviews;
import cn.js.pilotzone.supervision.ReportDecisions;
import cn.js.pilotzone.supervision.ReportOpenings;
import cn.js.pilotzone.supervision.SupervisionBoard;

/**
 * The supervision pages: the board of what is due and late, the province's page for deciding a report,
 * and each title's history. A refused decision comes back with what was typed and the reason.
 */
@Controller
class SupervisionController {

    private final SupervisionBoard board;
    private final ReportDecisions decisions;
    private final CityReviews cityReviews;
    private final Ratings ratings;
    private final ReportOpenings openings;

    SupervisionController(SupervisionBoard board, ReportDecisions decisions, CityReviews cityReviews, Ratings ratings,
            ReportOpenings openings) {
        this.openings = openings;
        this.board = board;
        this.decisions = decisions;
        this.cityReviews = cityReviews;
        this.ratings = ratings;
    }

    @GetMapping("/supervision")
    String board(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("board", board.board(me));
        model.addAttribute("openableKinds", List.of(DossierKind.ANNUAL_REPORT, DossierKind.RE_EVALUATION));
        model.addAttribute("unrectifiedCategories", List.of(RevocationCategory.MISSED_RECTIFICATION_DEADLINE,
                RevocationCategory.REFUSED_RECTIFICATION));
        return "supervision/board";
    }

    @GetMapping("/supervision/reports/{id}")
    String report(@PathVariable long id, Model model) {
        model.addAttribute("view", board.reportCase(id));
        model.addAttribute("cityOpinions", cityReviews.history(id));
        model.addAttribute("conclusion", ratings.conclusionOf(id).orElse(null));
        return "supervision/report";
    }

    @PostMapping("/supervision/reports/{id}/file")
    String file(@PathVariable long id, @RequestParam(defaultValue = "") String opinion,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        return act(id, redirect, opinion, () -> decisions.file(id, opinion, me), "supervision.filed");
    }

    @PostMapping("/supervision/reports/{id}/re-evaluation")
    String decideReEvaluation(@PathVariable long id, @RequestParam(required = false) Boolean passed,
            @RequestParam(defaultValue = "") String opinion, @RequestParam(defaultValue = "") String shortcomings,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        redirect.addFlashAttribute("shortcomings", shortcomings);
        redirect.addFlashAttribute("deadline", deadline);
        return act(id, redirect, opinion, () -> decisions.decideReEvaluation(id, required(passed), opinion,
                shortcomings, deadline, me), "supervision.reEvaluationDecided");
    }

    @PostMapping("/supervision/reports/{id}/rectification")
    String decideRectification(@PathVariable long id, @RequestParam(required = false) Boolean passed,
            @RequestParam(defaultValue = "") String opinion, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        return act(id, redirect, opinion, () -> decisions.decideRectification(id, required(passed), opinion, me),
                "supervision.rectificationDecided");
    }

    @PostMapping("/supervision/reports/{id}/fraud")
    String fraud(@PathVariable long id, @RequestParam(defaultValue = "") String reasons,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        redirect.addFlashAttribute("fraudReasons", reasons);
        return act(id, redirect, "", () -> decisions.fraud(id, reasons, me), "supervision.fraudRecorded");
    }

    @PostMapping("/supervision/orders/{id}/revocation")
    String revokeUnrectified(@PathVariable long id, @RequestParam(required = false) RevocationCategory category,
            @RequestParam(defaultValue = "") String reasons, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        try {
            decisions.revokeUnrectified(id, category, reasons, me);
            redirect.addFlashAttribute("flashSuccess", "supervision.unrectifiedRevoked");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
            redirect.addFlashAttribute("flashArgs", List.of(refused.arguments()));
            redirect.addFlashAttribute("orderReasons", reasons);
        }
        return "redirect:/supervision";
    }

    @PostMapping("/supervision/titles/{id}/reports")
    String open(@PathVariable long id, @RequestParam(required = false) DossierKind kind,
            @RequestParam(required = false) Integer year, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        try {
            long report = openings.open(id, kind, year, me);
            redirect.addFlashAttribute("flashSuccess", "supervision.opened");
            return "redirect:/applications/" + report;
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
            redirect.addFlashAttribute("flashArgs", List.of(refused.arguments()));
            return "redirect:/supervision#titles";
        }
    }

    @GetMapping("/designations/{id}/history")
    String history(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("history", board.history(id, me));
        return "supervision/history";
    }

    private static boolean required(Boolean passed) {
        if (passed == null) {
            throw new DomainException("supervision.outcomeRequired");
        }
        return passed;
    }

    private static String act(long id, RedirectAttributes redirect, String opinion, Runnable decision, String done) {
        try {
            decision.run();
            redirect.addFlashAttribute("flashSuccess", done);
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
            redirect.addFlashAttribute("flashArgs", List.of(refused.arguments()));
            redirect.addFlashAttribute("opinion", opinion);
        }
        return "redirect:/supervision/reports/" + id;
    }
}
