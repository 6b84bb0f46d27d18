package cn.js.pilotzone.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders well-formed XHTML (a Thymeleaf template) to PDF. Templates set
 * {@code font-family: 'Pilotzone CJK'}. The fonts travel inside the application and are embedded
 * (as subsets) in every PDF, so a document prints the same on any machine and can be archived.
 */
@Component
public class PdfRenderer {

    /** The CSS font family under which the embedded CJK font is known. */
    public static final String CJK_FAMILY = "Pilotzone CJK";

    private static final String LATIN_FAMILY = "Pilotzone Latin";
    private static final String PRODUCER = "Pilotzone";

    /** Read once, on the first render (the CJK font alone is 4 MB), not on every document. */
    private final SingletonSupplier<Fonts> fonts = SingletonSupplier.of(Fonts::load);

    /**
     * The PDF; its title is the XHTML {@code <title>}. Only {@code data:} URIs are fetched, so a
     * template can neither reach the network nor read local files.
     */
    public byte[] render(String xhtml) {
        Fonts loaded = fonts.obtain();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .withHtmlContent(xhtml, null)
                    .withProducer(PRODUCER)
                    .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .toStream(out);
            register(builder, loaded);
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not render XHTML to PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * The CJK font has no Latin letters or digits: every character it lacks falls back to DejaVu Sans
     * (before openhtmltopdf's built-in Times, which would not be embedded). Text outside the CJK
     * family falls back the same way. The CJK font has no bold face, so weight 700 uses the same file.
     */
    private static void register(PdfRendererBuilder builder, Fonts fonts) {
        Set<FSFontUseCase> documentAndFallback = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE);
        Set<FSFontUseCase> fallback = EnumSet.of(FSFontUseCase.FALLBACK_PRE);
        builder.useFont(() -> new ByteArrayInputStream(fonts.cjk()), CJK_FAMILY, 400, FontStyle.NORMAL, true,
                documentAndFallback);
        builder.useFont(() -> new ByteArrayInputStream(fonts.cjk()), CJK_FAMILY, 700, FontStyle.NORMAL, true,
                documentAndFallback);
        builder.useFont(() -> new ByteArrayInputStream(fonts.latin()), LATIN_FAMILY, 400, FontStyle.NORMAL, true,
                fallback);
        builder.useFont(() -> new ByteArrayInputStream(fonts.latinBold()), LATIN_FAMILY, 700, FontStyle.NORMAL,
                true, fallback);
    }

    private record Fonts(byte[] cjk, byte[] latin, byte[] latinBold) {

        static Fonts load() {
            return new Fonts(read("/fonts/DroidSansFallbackFull.ttf"), read("/fonts/DejaVuSans.ttf"),
                    read("/fonts/DejaVuSans-Bold.ttf"));
        }

        private static byte[] read(String path) {
            try (InputStream in = PdfRenderer.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + path + " is missing from the classpath");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read font " + path, e);
            }
        }
    }
}
