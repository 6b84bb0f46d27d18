package cn.js.pilotzone.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.js.pilotzone.IntegrationTest;
import cn.js.pilotzone.application.form.AppendixA;
import cn.js.pilotzone.application.form.FormContent;
import cn.js.pilotzone.application.form.IndicatorFigures;
import cn.js.pilotzone.application.form.RosterSpec;
import cn.js.pilotzone.application.form.SectionSpec;
import cn.js.pilotzone.application.form.VetoActivity;

/**
 * How long the 申报书 of a large park takes to render: 200 enterprises, 100 intellectual-property
 * items and 30 rows in every other roster. Prints the figures; the assertion only checks that the
 * document holds all of it, since speed is measured, not tested.
 */
@IntegrationTest
class PrintBenchmarkIT {

    private static final LocalDate CUTOFF = LocalDate.of(2026, 6, 30);

    @Autowired
    ApplicationDocuments documents;

    @Test
    void rendersTheApplicationOfALargeParkAndPrintsTheTimeTaken() throws Exception {
        FormContent content = largeApplication();
        PrintModel model = new PrintModel(DossierKind.APPLICATION, "SQ2026-000001-V1", 1, OffsetDateTime.now(), "南京示范软件园", "南京市", 2026,
                CUTOFF, 2, content, IndicatorFigures.of(content, CUTOFF), List.of(), List.of(),
                documents.verifyUrl("SQ2026-000001-V1"), null);

        byte[] pdf = documents.pdf(model);
        long[] millis = new long[5];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            pdf = documents.pdf(model);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }

        try (PDDocument document = Loader.loadPDF(pdf)) {
            System.out.printf("PDF of a large application: %d pages, %d KB, render times (ms, after one warm-up): %s%n",
                    document.getNumberOfPages(), pdf.length / 1024, java.util.Arrays.toString(millis));
            assertThat(document.getNumberOfPages()).isGreaterThan(15);
        }
    }

    private static FormContent largeApplication() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (SectionSpec section : AppendixA.SECTIONS) {
            section.fields().forEach(f -> fields.put(f.key(), SampleApplication.value(f).repeat(
                    f.kind().multiline() ? 20 : 1)));
        }
        FormContent content = FormContent.empty().withFields(fields);
        for (RosterSpec roster : AppendixA.SCHEMA.rosters().toList()) {
            int count = roster == AppendixA.ENTERPRISES ? 200 : roster == AppendixA.INTELLECTUAL_PROPERTY ? 100 : 30;
            List<Map<String, String>> rows = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Map<String, String> row = new LinkedHashMap<>();
                SampleApplication.row(roster, i).forEach((k, v) -> row.put(k.substring(k.indexOf('.') + 1), v));
                rows.add(row);
            }
            content = content.withRows(roster.key(), rows);
        }
        return content.withVetoDeclared(Set.of(java.util.Arrays.stream(VetoActivity.values()).map(Enum::name)
                .toArray(String[]::new)));
    }
}
