package cn.js.pilotzone.application.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.js.pilotzone.application.ApplicationForms;
import cn.js.pilotzone.application.Applications;
import cn.js.pilotzone.application.form.FormSchema;
import cn.js.pilotzone.application.form.FormCheck;
import cn.js.pilotzone.application.form.RosterSpec;
import cn.js.pilotzone.application.form.VetoActivity;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.common.TimeConfig;
import cn.js.pilotzone.evidence.Downloads;
import cn.js.pilotzone.evidence.EvidenceStore;
import cn.js.pilotzone.identity.AccountPrincipal;

/**
 * The pages on which a park fills its 申报书, one section at a time. Fields are saved as typed,
 * valid or not, and saved again automatically while the park types; rows of a roster are saved one
 * by one and only when valid, and come back with their problems otherwise.
 */
@Controller
@RequestMapping("/applications/{id}")
class SectionController {

    private final Applications applications;
    private final ApplicationForms forms;
    private final EvidenceStore store;
    private final Clock clock;

    SectionController(Applications applications, ApplicationForms forms, EvidenceStore store, Clock clock) {
        this.applications = applications;
        this.forms = forms;
        this.store = store;
        this.clock = clock;
    }

    @GetMapping("/sections/{section}")
    String section(@PathVariable long id, @PathVariable String section, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        var draft = forms.draft(id, me);
        model.addAttribute("applicationView", applications.get(id, me));
        model.addAttribute("draft", draft);
        model.addAttribute("sections", draft.schema().sections());
        if ("veto".equals(section) && draft.schema().vetoDeclaration()) {
            model.addAttribute("vetoActivities", VetoActivity.values());
            return "application/veto";
        }
        var spec = draft.schema().sectionOrNotFound(section);
        model.addAttribute("section", spec);
        model.addAttribute("invalid", FormCheck.invalidFields(spec, draft.content(), draft.cutoff()));
        return "application/section";
    }

    @PostMapping("/sections/{section}")
    String save(@PathVariable long id, @PathVariable String section, @RequestParam Map<String, String> values,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        forms.schema(id, me).sectionOrNotFound(section);
        try {
            forms.saveFields(id, section, values, me);
            redirect.addFlashAttribute("flashSuccess", "form.saved");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return "redirect:/applications/" + id + "/sections/" + section;
    }

    /** Called by the page while the park types; answers with the time of the save for the status line. */
    @PostMapping("/sections/{section}/autosave")
    String autosave(@PathVariable long id, @PathVariable String section, @RequestParam Map<String, String> values,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        forms.schema(id, me).sectionOrNotFound(section);
        try {
            forms.saveFields(id, section, values, me);
            model.addAttribute("savedAt", TimeConfig.inJiangsu(clock.instant()));
        } catch (DomainException refused) {
            model.addAttribute("refusedKey", refused.messageKey());
        }
        return "application/section :: autosaveStatus";
    }

    /**
     * The form of one row. An existing row is shown as it was when the section page listed it
     * ({@code fp}), so that a row moved by a change elsewhere is not edited by mistake.
     */
    @GetMapping({"/rosters/{roster}/rows/new", "/rosters/{roster}/rows/{index}"})
    String rowForm(@PathVariable long id, @PathVariable String roster, @PathVariable(required = false) Integer index,
            @RequestParam(name = "fp", required = false) String fingerprint,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        var draft = forms.draft(id, me);
        RosterSpec spec = draft.schema().rosterOrNotFound(roster);
        Map<String, String> values = new LinkedHashMap<>();
        if (index != null) {
            if (index < 0 || index >= draft.content().rows(roster).size()) {
                throw new NotFoundException("row " + index);
            }
            draft.content().rows(roster).get(index).forEach((column, value) -> values.put(roster + "." + column, value));
        }
        String seen = fingerprint != null ? fingerprint : draft.content().rosterFingerprint(roster);
        return rowPage(id, spec, index, seen, values, Map.of(), me, model);
    }

    @PostMapping({"/rosters/{roster}/rows", "/rosters/{roster}/rows/{index}"})
    String saveRow(@PathVariable long id, @PathVariable String roster, @PathVariable(required = false) Integer index,
            @RequestParam(name = "fingerprint", required = false) String fingerprint,
            @RequestParam Map<String, String> values, @AuthenticationPrincipal AccountPrincipal me, Model model,
            RedirectAttributes redirect) {
        FormSchema schema = forms.schema(id, me);
        RosterSpec spec = schema.rosterOrNotFound(roster);
        Map<String, String> problems;
        try {
            problems = forms.saveRow(id, roster, index, fingerprint, values, me);
        } catch (DomainException refused) {
            model.addAttribute("flashError", refused.messageKey());
            model.addAttribute("flashArgs", List.of(refused.arguments()));
            return rowPage(id, spec, index, fingerprint, values, Map.of(), me, model);
        }
        if (!problems.isEmpty()) {
            return rowPage(id, spec, index, fingerprint, values, problems, me, model);
        }
        redirect.addFlashAttribute("flashSuccess", "form.rowSaved");
        return "redirect:/applications/" + id + "/sections/" + schema.sectionOf(spec).key() + "#" + spec.htmlId();
    }

    private String rowPage(long id, RosterSpec roster, Integer index, String fingerprint, Map<String, String> values,
            Map<String, String> problems, AccountPrincipal me, Model model) {
        model.addAttribute("applicationView", applications.get(id, me));
        model.addAttribute("roster", roster);
        model.addAttribute("section", forms.schema(id, me).sectionOf(roster));
        model.addAttribute("index", index);
        model.addAttribute("fingerprint", fingerprint);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        return "application/row";
    }

    @PostMapping("/rosters/{roster}/rows/{index}/delete")
    String deleteRow(@PathVariable long id, @PathVariable String roster, @PathVariable int index,
            @RequestParam(name = "fingerprint", required = false) String fingerprint,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        FormSchema schema = forms.schema(id, me);
        RosterSpec spec = schema.rosterOrNotFound(roster);
        try {
            forms.deleteRow(id, roster, index, fingerprint, me);
            redirect.addFlashAttribute("flashSuccess", "form.rowDeleted");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return "redirect:/applications/" + id + "/sections/" + schema.sectionOf(spec).key() + "#" + spec.htmlId();
    }

    @GetMapping("/rosters/{roster}.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id, @PathVariable String roster,
            @AuthenticationPrincipal AccountPrincipal me, Locale locale) {
        FormSchema schema = forms.schema(id, me);
        RosterSpec spec = schema.rosterOrNotFound(roster);
        byte[] bytes = forms.rosterWorkbook(id, roster, locale, me);
        return Downloads.attachment(bytes, "application-" + id + "-" + spec.key() + ".xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @PostMapping("/rosters/{roster}/import")
    String importRoster(@PathVariable long id, @PathVariable String roster, @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        FormSchema schema = forms.schema(id, me);
        RosterSpec spec = schema.rosterOrNotFound(roster);
        try (InputStream in = file.getInputStream()) {
            var result = forms.importRoster(id, roster, in, me);
            if (result.errors().isEmpty()) {
                redirect.addFlashAttribute("flashSuccess", result.listedBefore() == 0 ? "form.import.done"
                        : "form.import.doneListedBefore");
                redirect.addFlashAttribute("flashArgs", List.of(result.imported(), result.listedBefore()));
            } else {
                redirect.addFlashAttribute("flashError", "form.import.refused");
                redirect.addFlashAttribute("flashArgs", List.of(result.errors().size()));
                redirect.addFlashAttribute("importErrors", result.errors());
                redirect.addFlashAttribute("importRoster", roster);
            }
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
            redirect.addFlashAttribute("flashArgs", List.of(refused.arguments()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/applications/" + id + "/sections/" + schema.sectionOf(spec).key() + "#" + spec.htmlId();
    }

    @PostMapping("/evidence")
    String attach(@PathVariable long id, @RequestParam String section, @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        forms.schema(id, me).sectionOrNotFound(section);
        try (InputStream in = file.getInputStream()) {
            forms.attach(id, section, in, file.getOriginalFilename(), me);
            redirect.addFlashAttribute("flashSuccess", "evidence.attached");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
            redirect.addFlashAttribute("flashArgs", List.of(refused.arguments()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/applications/" + id + "/sections/" + section + "#evidence";
    }

    @GetMapping("/evidence/{linkId}")
    ResponseEntity<org.springframework.core.io.Resource> evidence(@PathVariable long id, @PathVariable long linkId,
            @AuthenticationPrincipal AccountPrincipal me) {
        var file = forms.draftEvidence(id, linkId, me);
        return Downloads.file(file, store.open(file.id()));
    }

    @PostMapping("/evidence/{linkId}/delete")
    String detach(@PathVariable long id, @PathVariable long linkId, @RequestParam String section,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        forms.schema(id, me).sectionOrNotFound(section);
        try {
            forms.detach(id, linkId, me);
            redirect.addFlashAttribute("flashSuccess", "evidence.removed");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return "redirect:/applications/" + id + "/sections/" + section + "#evidence";
    }

    @PostMapping("/veto")
    String declareVeto(@PathVariable long id, @RequestParam(name = "declared", required = false) List<String> declared,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        try {
            forms.declareVeto(id, declared == null ? List.of() : declared, me);
            redirect.addFlashAttribute("flashSuccess", "veto.saved");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return "redirect:/applications/" + id + "/sections/veto";
    }

}
