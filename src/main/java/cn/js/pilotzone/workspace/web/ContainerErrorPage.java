package cn.js.pilotzone.workspace.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Some requests are refused by Tomcat before the application sees them: a malformed address, a
 * header too large. Tomcat then writes its own English page; this puts a bilingual page of the
 * system in its place, since it cannot know the person's language.
 */
@Component
class ContainerErrorPage implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    /** Tomcat's key for the page shown for every status without a page of its own. */
    private static final String DEFAULT_PAGE = "errorCode.0";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        String page = extractPage().toString();
        factory.addContextCustomizers(context -> {
            ErrorReportValve valve = existingValve(context.getParent().getPipeline().getValves());
            if (valve == null) {
                valve = new ErrorReportValve();
                context.getParent().getPipeline().addValve(valve);
            }
            valve.setShowReport(false);
            valve.setShowServerInfo(false);
            valve.setProperty(DEFAULT_PAGE, page);
        });
    }

    private static ErrorReportValve existingValve(Valve[] valves) {
        for (Valve valve : valves) {
            if (valve instanceof ErrorReportValve report) {
                return report;
            }
        }
        return null;
    }

    static byte[] html() {
        try (InputStream in = new ClassPathResource("tomcat/error.html").getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tomcat reads the page from a file, so the page in the jar is copied out once at start. */
    private static Path extractPage() {
        try {
            Path file = Files.createTempFile("pilotzone-error", ".html");
            file.toFile().deleteOnExit();
            Files.write(file, html());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
