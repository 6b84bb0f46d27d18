package cn.js.pilotzone.application.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.js.pilotzone.application.Rounds;
import cn.js.pilotzone.common.DomainException;

@Controller
@RequestMapping("/rounds")
class RoundController {

    private final Rounds rounds;
    private final Clock clock;

    RoundController(Rounds rounds, Clock clock) {
        this.rounds = rounds;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rounds", rounds.all());
        return "application/rounds";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("round", rounds.get(id));
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
