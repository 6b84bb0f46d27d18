package cn.js.pilotzone.application.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The signed and sealed scan (盖章扫描件) of a submitted version, uploaded by the park. */
@Entity
@Table(name = "application_scan")
public class ApplicationScan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id")
    private long versionId;

    @Column(name = "file_id")
    private String fileId;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected ApplicationScan() {
    }

    public ApplicationScan(long versionId, String fileId, String uploadedBy, Instant uploadedAt) {
        this.versionId = versionId;
        this.fileId = fileId;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public long versionId() {
        return versionId;
    }

    public String fileId() {
        return fileId;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
