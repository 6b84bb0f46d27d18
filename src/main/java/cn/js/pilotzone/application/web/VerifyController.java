package cn.js.pilotzone.application.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.WebUtils;

import cn.js.pilotzone.application.DocumentRegister;
import cn.js.pilotzone.evidence.EvidenceStore;

/**
 * The public page that the QR code of a document leads to: anyone holding a 申报书 or a
 * recommendation letter can see whether its code was issued by this system, whether the document is
 * still in force, and whether a file is the very one issued, by its digest. It shows no content.
 */
@Controller
class VerifyController {

    /** Far above the PDF of any application (a 38-page one is about 330 KB), far below the upload limit. */
    static final long MAX_COMPARED_BYTES = 20L * 1024 * 1024;

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9-]{1,40}$");

    private final List<DocumentRegister> registers;

    VerifyController(List<DocumentRegister> registers) {
        this.registers = registers;
    }

    @GetMapping("/verify")
    String form(@RequestParam(required = false) String code) {
        if (code == null || code.isBlank()) {
            return "application/verify";
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/verify/{code}").buildAndExpand(code.strip()).encode()
                .toUriString();
    }

    @GetMapping("/verify/{code}")
    String show(@PathVariable String code, Model model) {
        lookUp(code, model);
        return "application/verify";
    }

    @PostMapping("/verify/{code}")
    String check(@PathVariable String code, HttpServletRequest request, Model model) {
        var verification = lookUp(code, model);
        if (verification == null) {
            return "application/verify";
        }
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (request.getContentLengthLong() > MAX_COMPARED_BYTES || multipart == null) {
            model.addAttribute("compareRefused", true);
            return "application/verify";
        }
        MultipartFile file = multipart.getFile("file");
        if (file == null || file.isEmpty()) {
            model.addAttribute("compareRefused", true);
            return "application/verify";
        }
        try (InputStream in = file.getInputStream()) {
            String digest = EvidenceStore.sha256(in);
            model.addAttribute("fileDigest", digest);
            model.addAttribute("matches", digest.equals(verification.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "application/verify";
    }

    private DocumentRegister.VerifiedDocument lookUp(String code, Model model) {
        model.addAttribute("code", code);
        var verification = !CODE.matcher(code).matches() ? null : registers.stream()
                .map(r -> r.find(code)).flatMap(java.util.Optional::stream).findFirst().orElse(null);
        model.addAttribute("verification", verification);
        return verification;
    }
}
