package cn.js.pilotzone.application.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import cn.js.pilotzone.application.ApplicationStatus;
import cn.js.pilotzone.application.DossierKind;
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
 * A park's dossier: its application in one round, which starts as a draft once the park has passed
 * the eligibility check and stated its blockchain speciality, or one of the reports a designated park
 * files, which the calendar opens when it falls due. Each kind moves along its own path; a step that
 * does not belong to the kind is refused like a step from the wrong state.
 */
@Entity
@Table(name = "application")
public class Application {

    public static final int MAX_SPECIALITY = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private DossierKind kind;

    @Column(name = "round_id")
    private Long roundId;

    @Column(name = "designation_id")
    private Long designationId;

    @Column(name = "report_year")
    private Integer reportYear;

    @Column(name = "statistics_cutoff")
    private LocalDate statisticsCutoff;

    @Column(name = "due_date")
    private LocalDate dueDate;

    /** What a report answers, such as the shortcomings of a rectification order; null if nothing. */
    private String brief;

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

    /** When the park first submitted it: a report is on time or late by this, whatever followed. */
    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;

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
        application.kind = DossierKind.APPLICATION;
        application.roundId = round.id();
        application.parkOrganisationId = parkOrganisationId;
        application.status = ApplicationStatus.DRAFT;
        application.speciality = speciality.strip();
        application.startedBy = startedBy;
        application.createdAt = now;
        application.content = FormContent.empty();
        return application;
    }

    /**
     * Opens a report of a designated park, already filled with what the park reported before.
     *
     * @param year   the year the report covers, or the year a re-evaluation or rectification opened
     * @param cutoff the day its figures are taken as of
     * @param due    the last day it is on time
     * @param brief  what the report answers, or null
     */
    public static Application openReport(DossierKind kind, long designationId, long parkOrganisationId,
            String speciality, int year, LocalDate cutoff, LocalDate due, String brief, FormContent prefilled,
            Instant now) {
        if (!kind.isReport()) {
            throw new IllegalArgumentException(kind + " is not a report");
        }
        Application report = new Application();
        report.kind = kind;
        report.designationId = designationId;
        report.parkOrganisationId = parkOrganisationId;
        report.speciality = speciality;
        report.reportYear = year;
        report.statisticsCutoff = cutoff;
        report.dueDate = due;
        report.brief = brief;
        report.status = ApplicationStatus.DRAFT;
        report.startedBy = "system";
        report.createdAt = now;
        report.content = prefilled;
        return report;
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
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
        }
        return ApplicationVersion.freeze(this, versionsSubmitted, record, now);
    }

    /** Takes a submission back before the city has acted; the submitted version stays readable. */
    public void withdraw() {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new DomainException("application.notWithdrawable");
        }
        status = ApplicationStatus.DRAFT;
        submittedAt = null;
        // Taken back before anyone acted on it: it was not received, and a later submission says when it was.
        firstSubmittedAt = null;
    }

    /** The city sends the submitted version back for revision (初审退回修改). */
    public void returnForRevision() {
        requireStatus(ApplicationStatus.SUBMITTED);
        status = ApplicationStatus.RETURNED;
        returnsCount++;
    }

    /** The city recommends the submitted version; its letter still has to be sealed. */
    public void recommend() {
        requireKind(DossierKind.APPLICATION);
        requireStatus(ApplicationStatus.SUBMITTED);
        status = ApplicationStatus.RECOMMENDED;
    }

    public void notRecommend() {
        requireKind(DossierKind.APPLICATION);
        requireStatus(ApplicationStatus.SUBMITTED);
        status = ApplicationStatus.NOT_RECOMMENDED;
    }

    /** The sealed recommendation letter is in: the province takes over. */
    public void forward() {
        requireKind(DossierKind.APPLICATION);
        requireStatus(ApplicationStatus.RECOMMENDED);
        status = ApplicationStatus.FORWARDED;
    }

    /** The city approves (审核) a report and sends it on to the province; reports need no letter. */
    public void approveReport() {
        if (!kind.isReport()) {
            throw new DomainException("application.wrongState");
        }
        requireStatus(ApplicationStatus.SUBMITTED);
        status = ApplicationStatus.FORWARDED;
    }

    /** The province files an annual report the city has approved. */
    public void file() {
        requireKind(DossierKind.ANNUAL_REPORT);
        requireStatus(ApplicationStatus.FORWARDED);
        status = ApplicationStatus.FILED;
    }

    /** The province finds a re-evaluation or a rectification 合格. */
    public void pass() {
        requireRated();
        requireStatus(ApplicationStatus.FORWARDED);
        status = ApplicationStatus.PASSED;
    }

    /** The province finds a re-evaluation or a rectification 不合格. */
    public void fail() {
        requireRated();
        requireStatus(ApplicationStatus.FORWARDED);
        status = ApplicationStatus.FAILED;
    }

    private void requireRated() {
        if (kind != DossierKind.RE_EVALUATION && kind != DossierKind.RECTIFICATION) {
            throw new DomainException("application.wrongState");
        }
    }

    /** The province approves the application for public notice. */
    public void approveForNotice() {
        requireKind(DossierKind.APPLICATION);
        requireStatus(ApplicationStatus.FORWARDED);
        status = ApplicationStatus.IN_NOTICE;
    }

    /** The province rejects it, before the notice or because an objection was upheld. */
    public void reject() {
        requireKind(DossierKind.APPLICATION);
        requireOneOf(ApplicationStatus.FORWARDED, ApplicationStatus.IN_NOTICE);
        status = ApplicationStatus.REJECTED;
    }

    /**
     * Fraud found (弄虚作假) ends the application at once, at whatever stage it stands; a report found
     * false ends too, even once filed or decided, and the title with it (§7.1).
     */
    public void terminateForFraud() {
        if (kind.isReport()) {
            requireOneOf(ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED, ApplicationStatus.FORWARDED,
                    ApplicationStatus.FILED, ApplicationStatus.PASSED, ApplicationStatus.FAILED);
            status = ApplicationStatus.TERMINATED;
            return;
        }
        requireOneOf(ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED, ApplicationStatus.RECOMMENDED,
                ApplicationStatus.FORWARDED, ApplicationStatus.IN_NOTICE);
        status = ApplicationStatus.TERMINATED;
    }

    /** Crypto-currency activity in the park vetoes the application (§5), at whatever stage it stands. */
    public void veto() {
        requireKind(DossierKind.APPLICATION);
        requireOneOf(ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED, ApplicationStatus.RECOMMENDED,
                ApplicationStatus.FORWARDED, ApplicationStatus.IN_NOTICE);
        status = ApplicationStatus.VETOED;
    }

    /** The official document names the park: the application has reached its end. */
    public void designate() {
        requireKind(DossierKind.APPLICATION);
        requireStatus(ApplicationStatus.IN_NOTICE);
        status = ApplicationStatus.DESIGNATED;
    }

    private void requireKind(DossierKind expected) {
        if (kind != expected) {
            throw new DomainException("application.wrongState");
        }
    }

    private void requireOneOf(ApplicationStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
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

    public Instant firstSubmittedAt() {
        return firstSubmittedAt;
    }

    public long version() {
        return version;
    }

    public Long id() {
        return id;
    }

    /** The round of an application; a report belongs to no round. */
    public Long roundId() {
        return roundId;
    }

    public DossierKind kind() {
        return kind;
    }

    public Long designationId() {
        return designationId;
    }

    public Integer reportYear() {
        return reportYear;
    }

    /** A report's own cut-off; an application takes its round's. */
    public LocalDate statisticsCutoff() {
        return statisticsCutoff;
    }

    public String brief() {
        return brief;
    }

    /** The last day a report is on time; an application has its round's window instead. */
    public LocalDate dueDate() {
        return dueDate;
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
