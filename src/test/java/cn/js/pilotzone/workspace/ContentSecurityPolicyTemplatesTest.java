package cn.js.pilotzone.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The content security policy forbids inline script and inline style; a template that used them
 * would break silently in the browser. Every template is checked here instead.
 */
class ContentSecurityPolicyTemplatesTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\s(th:)?style\\s*=");
    private static final Pattern STYLE_ELEMENT = Pattern.compile("<style[\\s>]");

    @Test
    void noTemplateUsesInlineScriptStyleOrEventHandlers() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            // Print templates become PDF files on the server and never reach a browser, so the policy
            // does not apply to them; their style must travel inside the document.
            templates = files.filter(path -> path.toString().endsWith(".html"))
                    .filter(path -> !path.startsWith(Path.of("src/main/resources/templates/print"))).toList();
        }
        assertThat(templates).hasSizeGreaterThan(10);
        for (Path template : templates) {
            String html = Files.readString(template);
            assertThat(INLINE_SCRIPT.matcher(html).find()).as("inline script in %s", template).isFalse();
            assertThat(EVENT_HANDLER.matcher(html).find()).as("event handler in %s", template).isFalse();
            assertThat(STYLE_ATTRIBUTE.matcher(html).find()).as("style attribute in %s", template).isFalse();
            assertThat(STYLE_ELEMENT.matcher(html).find()).as("style element in %s", template).isFalse();
        }
    }
}
