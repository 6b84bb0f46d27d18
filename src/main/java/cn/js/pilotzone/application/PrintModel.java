package cn.js.pilotzone.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.js.pilotzone.application.domain.EvidenceItem;
import cn.js.pilotzone.application.form.FormContent;
import cn.js.pilotzone.application.form.IndicatorFigures;
import cn.js.pilotzone.application.form.SectionSpec;
import cn.js.pilotzone.application.form.VetoActivity;
import cn.js.pilotzone.application.form.VetoScreening;

/** Everything a printed or downloaded 申报书 or report shows of one submitted version. */
public record PrintModel(DossierKind kind, String documentCode, int number, OffsetDateTime submittedAt, String parkName,
        String cityName, int roundYear, LocalDate cutoff, int paperCopies, FormContent content,
        IndicatorFigures figures, List<VetoScreening.Hit> screening, List<EvidenceItem> evidence, String verifyUrl,
        String brief) {

    public List<SectionSpec> sections() {
        return kind.schema().sections();
    }

    /** The message key of the document's title: 申报书, or the report of Appendix C. */
    public String titleKey() {
        return "print.title." + kind.name();
    }

    public List<VetoActivity> vetoActivities() {
        return List.of(VetoActivity.values());
    }

    public List<EvidenceItem> evidenceOf(String section) {
        return evidence.stream().filter(e -> e.section().equals(section)).toList();
    }
}
