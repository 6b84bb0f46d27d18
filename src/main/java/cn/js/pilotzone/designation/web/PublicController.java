package cn.js.pilotzone.designation.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.designation.Designations;
import cn.js.pilotzone.designation.PublicNotices;
import cn.js.pilotzone.evidence.Downloads;
import cn.js.pilotzone.evidence.EvidenceStore;

/** Pages for everyone, without login: notices, objections, and the list of designated zones. */
@Controller
class PublicController {

    private final PublicNotices notices;
    private final Designations designations;
    private final EvidenceStore store;

    PublicController(PublicNotices notices, Designations designations, EvidenceStore store) {
        this.notices = notices;
        this.designations = designations;
        this.store = store;
    }

    @GetMapping("/public/notices")
    String notices(Model model) {
        model.addAttribute("notices", notices.all());
        return "designation/notices";
    }

    @GetMapping("/public/notices/{id}")
    String notice(@PathVariable long id, Model model) {
        model.addAttribute("notice", notices.notice(id));
        return "designation/notice";
    }

    @PostMapping("/public/notices/{id}/objections")
    String object(@PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String contact, @RequestParam(defaultValue = "") String grounds,
            @RequestParam(value = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        try (InputStream in = file == null || file.isEmpty() ? null : file.getInputStream()) {
            notices.object(id, name, contact, grounds, in, file == null ? null : file.getOriginalFilename());
            redirect.addFlashAttribute("flashSuccess", "objection.filed");
            return "redirect:/public/notices/" + id;
        } catch (DomainException refused) {
            // What was typed comes back with the reason; a chosen file must be chosen again.
            model.addAttribute("flashError", refused.messageKey());
            model.addAttribute("flashArgs", List.of(refused.arguments()));
            model.addAttribute("name", name);
            model.addAttribute("contact", contact);
            model.addAttribute("grounds", grounds);
            return notice(id, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/public/zones")
    String zones(Model model) {
        model.addAttribute("zones", designations.all());
        return "designation/zones";
    }

    @GetMapping("/public/zones/{id}/certificate")
    ResponseEntity<Resource> certificate(@PathVariable long id) {
        var file = designations.certificate(id);
        return Downloads.file(file, store.open(file.id()));
    }
}
