package cn.js.pilotzone.application.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.js.pilotzone.application.Applications;
import cn.js.pilotzone.application.EligibilityPolicy;
import cn.js.pilotzone.application.IneligibleException;
import cn.js.pilotzone.application.Rounds;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.identity.Role;

@Controller
@RequestMapping("/rounds")
class RoundController {

    private final Rounds rounds;
    private final Applications applications;
    private final Clock clock;

    RoundController(Rounds rounds, Applications applications, Clock clock) {
        this.rounds = rounds;
        this.applications = applications;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rounds", rounds.all());
        return "application/rounds";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        return roundPage(id, me, null, List.of(), model);
    }

    /** A park starts its application here; a refusal lists every eligibility rule that failed. */
    @PostMapping("/{id}/applications")
    String start(@PathVariable long id, @RequestParam(defaultValue = "") String speciality,
            @AuthenticationPrincipal AccountPrincipal me, Model model, RedirectAttributes redirect) {
        try {
            long applicationId = applications.start(id, speciality, me);
            redirect.addFlashAttribute("flashSuccess", "application.started");
            return "redirect:/applications/" + applicationId;
        } catch (IneligibleException ineligible) {
            return roundPage(id, me, speciality, ineligible.failures(), model);
        } catch (DomainException refused) {
            return roundPage(id, me, speciality,
                    List.of(new EligibilityPolicy.Failure(refused.messageKey(), List.of(refused.arguments()))), model);
        }
    }

    private String roundPage(long id, AccountPrincipal me, String speciality, List<EligibilityPolicy.Failure> failures,
            Model model) {
        model.addAttribute("round", rounds.get(id));
        if (me.hasRole(Role.APPLICANT)) {
            model.addAttribute("myApplication", applications.mine(id, me).orElse(null));
        }
        model.addAttribute("speciality", speciality);
        model.addAttribute("failures", failures);
        return "application/round";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String newForm(Model model) {
        model.addAttribute("form", RoundForm.forYear(LocalDate.now(clock).getYear()));
        return "application/round-form";
    }

    @PostMapping("/new")
    String open(@Valid @ModelAttribute("form") RoundForm form, BindingResult errors, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = rounds.open(form.toDates());
                redirect.addFlashAttribute("flashSuccess", "round.opened");
                return "redirect:/rounds/" + id;
            } catch (DomainException refused) {
                errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            }
        }
        return "application/round-form";
    }
}
