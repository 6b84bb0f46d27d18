package cn.js.pilotzone.review.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.js.pilotzone.application.ApplicationStatus;
import cn.js.pilotzone.application.Applications;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.common.ListSorts;
import cn.js.pilotzone.evidence.Downloads;
import cn.js.pilotzone.evidence.EvidenceStore;
import cn.js.pilotzone.evidence.StoredFile;
import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.review.CityReviews;
import cn.js.pilotzone.review.Decision;

/** The city's work list, one case at a time, and the letters; the park's and province's view of opinions. */
@Controller
class CityReviewController {

    private final CityReviews reviews;
    private final Applications applications;
    private final EvidenceStore store;

    CityReviewController(CityReviews reviews, Applications applications, EvidenceStore store) {
        this.reviews = reviews;
        this.applications = applications;
        this.store = store;
    }

    @GetMapping("/review/cases")
    String cases(@RequestParam(required = false) ApplicationStatus status, @RequestParam(required = false) String q,
            @PageableDefault(size = 20, sort = "submittedAt", direction = Sort.Direction.DESC) Pageable pageable,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("page", reviews.cases(me, status, q,
                ListSorts.only(pageable, "submittedAt", "status", "returnsCount")));
        model.addAttribute("statuses", Arrays.stream(ApplicationStatus.values())
                .filter(s -> s != ApplicationStatus.DRAFT).toList());
        return "review/cases";
    }

    @GetMapping("/review/cases/{id}")
    String caseOf(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        var view = reviews.caseOf(id, me);
        model.addAttribute("view", view);
        model.addAttribute("decisions", Decision.forReport(view.application().kind().isReport()));
        return "review/case";
    }

    @PostMapping("/review/cases/{id}/decision")
    String decide(@PathVariable long id, @RequestParam(required = false) Decision decision,
            @RequestParam(defaultValue = "") String opinion, @AuthenticationPrincipal AccountPrincipal me,
            Model model, RedirectAttributes redirect) {
        try {
            if (decision == null) {
                throw new DomainException("review.decisionRequired");
            }
            reviews.decide(id, decision, opinion, me);
            redirect.addFlashAttribute("flashSuccess", "review.decided." + decision.name());
            return "redirect:/review/cases/" + id;
        } catch (DomainException refused) {
            // The opinion stays on the page with the reason, so nothing typed is lost.
            model.addAttribute("flashError", refused.messageKey());
            model.addAttribute("flashArgs", List.of(refused.arguments()));
            model.addAttribute("opinion", opinion);
            model.addAttribute("chosen", decision);
            return caseOf(id, me, model);
        }
    }

    @GetMapping("/review/cases/{id}/letter.pdf")
    ResponseEntity<Resource> letter(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me) {
        StoredFile file = reviews.letter(id, me);
        return Downloads.file(file, store.open(file.id()));
    }

    @GetMapping("/review/cases/{id}/letter.docx")
    ResponseEntity<byte[]> letterDocx(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me) {
        return Downloads.attachment(reviews.letterDocx(id, me), "recommendation-letter-" + id + ".docx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }

    @GetMapping("/review/cases/{id}/sealed")
    ResponseEntity<Resource> sealed(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me) {
        StoredFile file = reviews.sealedLetter(id, me);
        return Downloads.file(file, store.open(file.id()));
    }

    @PostMapping("/review/cases/{id}/sealed")
    String uploadSealed(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        try (InputStream in = file.getInputStream()) {
            reviews.uploadSealed(id, in, file.getOriginalFilename(), me);
            redirect.addFlashAttribute("flashSuccess", "review.forwarded");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
            redirect.addFlashAttribute("flashArgs", List.of(refused.arguments()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/review/cases/" + id;
    }

    /** The city's opinions on an application, for whoever may read it: its park, its city, the province. */
    @GetMapping("/applications/{id}/review")
    String opinions(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("applicationView", applications.get(id, me));
        model.addAttribute("history", reviews.history(id));
        return "review/opinions";
    }
}
