package cn.js.pilotzone.panel.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.js.pilotzone.common.DomainException;

/** One expert's ratings of a case: a draft until submitted; reopened only by the panel's leader. */
@Entity
@Table(name = "rating_sheet")
public class RatingSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "panel_id")
    private long panelId;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reopened_at")
    private Instant reopenedAt;

    @Column(name = "reopened_by")
    private String reopenedBy;

    @Version
    private long version;

    protected RatingSheet() {
    }

    public RatingSheet(long panelId, long accountId) {
        this.panelId = panelId;
        this.accountId = accountId;
    }

    public void requireDraft() {
        if (submittedAt != null) {
            throw new DomainException("rating.submitted");
        }
    }

    public void submit(Instant at) {
        requireDraft();
        submittedAt = at;
    }

    public void reopen(String by, Instant at) {
        if (submittedAt == null) {
            throw new DomainException("rating.notSubmitted");
        }
        submittedAt = null;
        reopenedBy = by;
        reopenedAt = at;
    }

    public Long id() {
        return id;
    }

    public long panelId() {
        return panelId;
    }

    public long accountId() {
        return accountId;
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant reopenedAt() {
        return reopenedAt;
    }

    public String reopenedBy() {
        return reopenedBy;
    }
}
