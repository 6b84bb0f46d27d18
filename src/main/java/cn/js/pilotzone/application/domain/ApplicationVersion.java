package cn.js.pilotzone.application.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import tools.jackson.core.type.TypeReference;

import cn.js.pilotzone.application.form.FormContent;
import cn.js.pilotzone.application.form.IndicatorFigures;
import cn.js.pilotzone.application.form.VetoScreening;

/**
 * A submitted, immutable version of an application: the content as it was, with the figures,
 * screening hits and evidence computed at that moment, and the digest of the PDF generated from it.
 * It has no mutators, and the database refuses any UPDATE or DELETE of its row.
 */
@Entity
@Immutable
@Table(name = "application_version")
public class ApplicationVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id")
    private long applicationId;

    private int number;

    @Column(name = "document_code")
    private String documentCode;

    private String content;

    private String figures;

    private String screening;

    private String evidence;

    @Column(name = "pdf_file_id")
    private String pdfFileId;

    @Column(name = "pdf_sha256")
    private String pdfSha256;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected ApplicationVersion() {
    }

    static ApplicationVersion freeze(Application application, int number, SubmissionRecord record, Instant now) {
        ApplicationVersion v = new ApplicationVersion();
        v.applicationId = application.id();
        v.number = number;
        v.documentCode = record.documentCode();
        v.content = Json.write(application.content());
        v.figures = Json.write(record.figures());
        v.screening = Json.write(record.screening());
        v.evidence = Json.write(record.evidence());
        v.pdfFileId = record.pdfFileId();
        v.pdfSha256 = record.pdfSha256();
        v.submittedBy = record.submittedBy();
        v.submittedAt = now;
        return v;
    }

    public Long id() {
        return id;
    }

    public long applicationId() {
        return applicationId;
    }

    public int number() {
        return number;
    }

    public String documentCode() {
        return documentCode;
    }

    public FormContent content() {
        return Json.read(content, FormContent.class);
    }

    public IndicatorFigures figures() {
        return Json.read(figures, IndicatorFigures.class);
    }

    public List<VetoScreening.Hit> screening() {
        return Json.read(screening, new TypeReference<List<VetoScreening.Hit>>() { });
    }

    public List<EvidenceItem> evidence() {
        return Json.read(evidence, new TypeReference<List<EvidenceItem>>() { });
    }

    public String pdfFileId() {
        return pdfFileId;
    }

    public String pdfSha256() {
        return pdfSha256;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
