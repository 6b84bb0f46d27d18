package cn.js.pilotzone.application.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import cn.js.pilotzone.application.Submissions;

/**
 * The public page that the QR code of a document leads to: anyone holding a 申报书 can see whether
 * its code was issued by this system and whether a file is the very one submitted, by its digest.
 * It shows no content of the application.
 */
@Controller
class VerifyController {

    private final Submissions submissions;

    VerifyController(Submissions submissions) {
        this.submissions = submissions;
    }

    @GetMapping("/verify")
    String form(@RequestParam(required = false) String code) {
        return code == null || code.isBlank() ? "application/verify" : "redirect:/verify/" + code.strip();
    }

    @GetMapping("/verify/{code}")
    String show(@PathVariable String code, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("verification", submissions.verify(code).orElse(null));
        return "application/verify";
    }

    @PostMapping("/verify/{code}")
    String check(@PathVariable String code, @RequestParam("file") MultipartFile file, Model model) {
        var verification = submissions.verify(code).orElse(null);
        model.addAttribute("code", code);
        model.addAttribute("verification", verification);
        if (verification != null) {
            try (InputStream in = file.getInputStream()) {
                String digest = Submissions.sha256(in);
                model.addAttribute("fileDigest", digest);
                model.addAttribute("matches", digest.equals(verification.pdfSha256()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "application/verify";
    }
}
