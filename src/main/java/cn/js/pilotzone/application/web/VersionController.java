package cn.js.pilotzone.application.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.core.io.Resource;
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

import cn.js.pilotzone.application.Submissions;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.evidence.Downloads;
import cn.js.pilotzone.evidence.EvidenceStore;
import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.identity.Role;

/** A submitted version: read-only for every reader, with its documents, evidence and sealed scans. */
@Controller
@RequestMapping("/applications/{id}/versions")
class VersionController {

    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Submissions submissions;
    private final EvidenceStore store;

    VersionController(Submissions submissions, EvidenceStore store) {
        this.submissions = submissions;
        this.store = store;
    }

    @GetMapping("/{number}")
    String show(@PathVariable long id, @PathVariable int number, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        model.addAttribute("view", submissions.version(id, number, me));
        model.addAttribute("mayUploadScan", me.hasRole(Role.APPLICANT));
        return "application/version";
    }

    @GetMapping("/{number}.pdf")
    ResponseEntity<Resource> pdf(@PathVariable long id, @PathVariable int number,
            @AuthenticationPrincipal AccountPrincipal me) {
        var file = submissions.pdf(id, number, me);
        return Downloads.file(file, store.open(file.id()));
    }

    @GetMapping("/{number}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, @PathVariable int number,
            @AuthenticationPrincipal AccountPrincipal me) {
        var document = submissions.docx(id, number, me);
        return Downloads.attachment(document.bytes(), document.name(), DOCX);
    }

    @GetMapping("/{number}/files/{fileId}")
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable int number, @PathVariable String fileId,
            @AuthenticationPrincipal AccountPrincipal me) {
        var file = submissions.versionFile(id, number, fileId, me);
        return Downloads.file(file, store.open(file.id()));
    }

    @PostMapping("/{number}/scans")
    String uploadScan(@PathVariable long id, @PathVariable int number, @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        try (InputStream in = file.getInputStream()) {
            submissions.uploadScan(id, number, in, file.getOriginalFilename(), me);
            redirect.addFlashAttribute("flashSuccess", "scan.uploaded");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
            redirect.addFlashAttribute("flashArgs", List.of(refused.arguments()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/applications/" + id + "/versions/" + number + "#scans";
    }
}
