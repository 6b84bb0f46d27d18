package cn.js.pilotzone.application.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored evidence file attached to a section of a draft application, or taken off it again. */
@Entity
@Table(name = "application_evidence")
public class ApplicationEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id")
    private long applicationId;

    private String section;

    @Column(name = "file_id")
    private String fileId;

    @Column(name = "size_bytes")
    private long sizeBytes;

    @Column(name = "added_by")
    private String addedBy;

    @Column(name = "added_at")
    private Instant addedAt;

    @Column(name = "removed_by")
    private String removedBy;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected ApplicationEvidence() {
    }

    public ApplicationEvidence(long applicationId, String section, String fileId, long sizeBytes, String addedBy,
            Instant addedAt) {
        this.applicationId = applicationId;
        this.section = section;
        this.fileId = fileId;
        this.sizeBytes = sizeBytes;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    /** Takes the file off the draft; the row stays, as the stored bytes do. */
    public void remove(String by, Instant at) {
        removedBy = by;
        removedAt = at;
    }

    public Long id() {
        return id;
    }

    public String section() {
        return section;
    }

    public String fileId() {
        return fileId;
    }

    public long sizeBytes() {
        return sizeBytes;
    }
}
