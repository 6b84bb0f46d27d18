package cn.js.pilotzone.application.domain;

import java.util.List;

import cn.js.pilotzone.application.form.IndicatorFigures;
import cn.js.pilotzone.application.form.VetoScreening;

/** What is frozen with a submitted version beside its content, computed at the moment of submission. */
public record SubmissionRecord(String documentCode, IndicatorFigures figures, List<VetoScreening.Hit> screening,
        List<EvidenceItem> evidence, String pdfFileId, String pdfSha256, String submittedBy) {

    public SubmissionRecord {
        screening = List.copyOf(screening);
        evidence = List.copyOf(evidence);
    }
}
