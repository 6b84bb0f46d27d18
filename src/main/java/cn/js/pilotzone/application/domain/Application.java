package cn.js.pilotzone.application.domain;

import java.time.Instant;

import cn.js.pilotzone.application.form.FormContent;
import cn.js.pilotzone.common.DomainException;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A park's application in one round. It starts as a draft once the park has passed the eligibility
 * check and stated its blockchain speciality.
 */
@Entity
@Table(name = "application")
public class Application {

    public enum Status {
        /** Being filled; also after a withdrawal. */
        DRAFT,
        /** Frozen as a version and waiting for the city's preliminary review. */
        SUBMITTED
    }

    public static final int MAX_SPECIALITY = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id")
    private long roundId;

    @Column(name = "park_organisation_id")
    private long parkOrganisationId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String speciality;

    @Column(name = "started_by")
    private String startedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Convert(converter = FormContentConverter.class)
    private FormContent content;

    @Column(name = "versions_submitted")
    private int versionsSubmitted;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    protected Application() {
    }

    /** Starts a draft; the caller has checked eligibility and that the round is open. */
    public static Application start(EvaluationRound round, long parkOrganisationId, String speciality,
            String startedBy, Instant now) {
        Application application = new Application();
        application.roundId = round.id();
        application.parkOrganisationId = parkOrganisationId;
        application.status = Status.DRAFT;
        application.speciality = speciality.strip();
        application.startedBy = startedBy;
        application.createdAt = now;
        application.content = FormContent.empty();
        return application;
    }

    /** Replaces the content of the draft; a submitted application cannot change until it is withdrawn. */
    public void edit(FormContent newContent) {
        requireDraft();
        this.content = newContent;
    }

    public void requireDraft() {
        if (status != Status.DRAFT) {
            throw new DomainException("application.notEditable");
        }
    }

    /** Freezes the current content as the next version; the caller has run the completeness check. */
    public ApplicationVersion submit(SubmissionRecord record, Instant now) {
        requireDraft();
        versionsSubmitted++;
        status = Status.SUBMITTED;
        submittedAt = now;
        return ApplicationVersion.freeze(this, versionsSubmitted, record, now);
    }

    /** Takes a submission back before the city has acted; the submitted version stays readable. */
    public void withdraw() {
        if (status != Status.SUBMITTED) {
            throw new DomainException("application.notWithdrawable");
        }
        status = Status.DRAFT;
        submittedAt = null;
    }

    public FormContent content() {
        return content == null ? FormContent.empty() : content;
    }

    public int versionsSubmitted() {
        return versionsSubmitted;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public long version() {
        return version;
    }

    public Long id() {
        return id;
    }

    public long roundId() {
        return roundId;
    }

    public long parkOrganisationId() {
        return parkOrganisationId;
    }

    public Status status() {
        return status;
    }

    public String speciality() {
        return speciality;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
