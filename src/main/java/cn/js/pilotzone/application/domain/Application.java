package cn.js.pilotzone.application.domain;

import java.time.Instant;

import cn.js.pilotzone.application.ApplicationStatus;
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

    public static final int MAX_SPECIALITY = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id")
    private long roundId;

    @Column(name = "park_organisation_id")
    private long parkOrganisationId;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

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

    @Column(name = "returns_count")
    private int returnsCount;

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
        application.status = ApplicationStatus.DRAFT;
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
        if (!status.editable()) {
            throw new DomainException("application.notEditable");
        }
    }

    /** Freezes the current content as the next version; the caller has run the completeness check. */
    public ApplicationVersion submit(SubmissionRecord record, Instant now) {
        requireDraft();
        versionsSubmitted++;
        status = ApplicationStatus.SUBMITTED;
        submittedAt = now;
        return ApplicationVersion.freeze(this, versionsSubmitted, record, now);
    }

    /** Takes a submission back before the city has acted; the submitted version stays readable. */
    public void withdraw() {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new DomainException("application.notWithdrawable");
        }
        status = ApplicationStatus.DRAFT;
        submittedAt = null;
    }

    /** The city sends the submitted version back for revision (初审退回修改). */
    public void returnForRevision() {
        requireStatus(ApplicationStatus.SUBMITTED);
        status = ApplicationStatus.RETURNED;
        returnsCount++;
    }

    /** The city recommends the submitted version; its letter still has to be sealed. */
    public void recommend() {
        requireStatus(ApplicationStatus.SUBMITTED);
        status = ApplicationStatus.RECOMMENDED;
    }

    public void notRecommend() {
        requireStatus(ApplicationStatus.SUBMITTED);
        status = ApplicationStatus.NOT_RECOMMENDED;
    }

    /** The sealed recommendation letter is in: the province takes over. */
    public void forward() {
        requireStatus(ApplicationStatus.RECOMMENDED);
        status = ApplicationStatus.FORWARDED;
    }

    /** The province approves the application for public notice. */
    public void approveForNotice() {
        requireStatus(ApplicationStatus.FORWARDED);
        status = ApplicationStatus.IN_NOTICE;
    }

    /** The province rejects it, before the notice or because an objection was upheld. */
    public void reject() {
        requireOneOf(ApplicationStatus.FORWARDED, ApplicationStatus.IN_NOTICE);
        status = ApplicationStatus.REJECTED;
    }

    /** Fraud found (弄虚作假) ends the application at once, at whatever stage it stands. */
    public void terminateForFraud() {
        requireOneOf(ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED, ApplicationStatus.RECOMMENDED,
                ApplicationStatus.FORWARDED, ApplicationStatus.IN_NOTICE);
        status = ApplicationStatus.TERMINATED;
    }

    /** Crypto-currency activity in the park vetoes the application (§5), at whatever stage it stands. */
    public void veto() {
        requireOneOf(ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED, ApplicationStatus.RECOMMENDED,
                ApplicationStatus.FORWARDED, ApplicationStatus.IN_NOTICE);
        status = ApplicationStatus.VETOED;
    }

    /** The official document names the park: the application has reached its end. */
    public void designate() {
        requireStatus(ApplicationStatus.IN_NOTICE);
        status = ApplicationStatus.DESIGNATED;
    }

    private void requireOneOf(ApplicationStatus... allowed) {
        if (!java.util.Arrays.asList(allowed).contains(status)) {
            throw new DomainException("application.wrongState");
        }
    }

    private void requireStatus(ApplicationStatus expected) {
        if (status != expected) {
            throw new DomainException("application.wrongState");
        }
    }

    public int returnsCount() {
        return returnsCount;
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

    public ApplicationStatus status() {
        return status;
    }

    public String speciality() {
        return speciality;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
