package cn.js.pilotzone.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.application.domain.Application;
import cn.js.pilotzone.application.domain.ApplicationRepository;
import cn.js.pilotzone.application.form.FormContent;
import cn.js.pilotzone.application.form.ReportPrefill;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.common.TimeConfig;
import cn.js.pilotzone.identity.ParkDirectory;

/**
 * The reports of designated parks as the supervision calendar and the province's decisions see them:
 * opened when due, already filled with what the park reported before, and listed with their dates.
 * Who may read a report's content is decided by {@link ApplicationAccess} as for an application.
 */
@Service
public class Reports {

    /** A report the park still has to submit or resubmit. */
    private static final Set<ApplicationStatus> WITH_THE_PARK = EnumSet.of(ApplicationStatus.DRAFT,
            ApplicationStatus.RETURNED);

    private final ApplicationRepository applications;
    private final ParkDirectory parks;
    private final StatusEvents statusEvents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reports(ApplicationRepository applications, ParkDirectory parks, StatusEvents statusEvents,
            ApplicationEventPublisher events, Clock clock) {
        this.applications = applications;
        this.parks = parks;
        this.statusEvents = statusEvents;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A report to open for a designation.
     *
     * @param applicationId the application that won the title: its content fills the first report
     * @param brief         what the report must answer, shown while it is filled and printed with it; or null
     */
    public record Opening(DossierKind kind, long designationId, long applicationId, int year, LocalDate cutoff,
            LocalDate due, String brief) {
    }

    /** A report with its dates and where it stands, without its content. */
    public record ReportFacts(long id, DossierKind kind, long designationId, long parkOrganisationId, String parkName,
            String jurisdictionCode, ApplicationStatus status, int versionsSubmitted, LocalDate openedOn,
            ReportPeriod period) {

        /** The park has not submitted it, or must submit it again. */
        public boolean withThePark() {
            return WITH_THE_PARK.contains(status);
        }

        /** A re-evaluation or rectification not yet decided: no other may open meanwhile. */
        public boolean reEvaluationUnderWay() {
            return kind != DossierKind.ANNUAL_REPORT && (withThePark() || status == ApplicationStatus.SUBMITTED
                    || status == ApplicationStatus.FORWARDED);
        }
    }

    /**
     * Opens the report. A designation has one report of a kind for a year: a second is refused with
     * the reason, and the unique key refuses one that a second node opens at the same moment.
     *
     * @return the new report's id
     */
    @Transactional
    public long open(Opening opening) {
        if (applications.existsByDesignationIdAndKindAndReportYear(opening.designationId(), opening.kind(),
                opening.year())) {
            throw new DomainException("report.exists", opening.year());
        }
        if (opening.due().isBefore(opening.cutoff())) {
            throw new DomainException("report.dueBeforeCutoff");
        }
        Application titleHolder = applications.findById(opening.applicationId())
                .filter(a -> a.status() == ApplicationStatus.DESIGNATED)
                .orElseThrow(() -> new NotFoundException("designated application " + opening.applicationId()));
        Application report = applications.saveAndFlush(Application.openReport(opening.kind(), opening.designationId(),
                titleHolder.parkOrganisationId(), titleHolder.speciality(), opening.year(), opening.cutoff(),
                opening.due(), opening.brief(), prefill(titleHolder, opening.designationId()), clock.instant()));
        statusEvents.changed(report);
        events.publishEvent(ApplicationChanged.of(ApplicationAction.REPORT_OPENED, report.id(),
                opening.kind() + " year=" + opening.year() + " due=" + opening.due()));
        return report.id();
    }

    /** The application's content, and the park's last submitted report under this title if there is one. */
    private FormContent prefill(Application titleHolder, long designationId) {
        Optional<FormContent> lastReport = applications.findByDesignationIdOrderByCreatedAt(designationId).stream()
                .filter(a -> a.versionsSubmitted() > 0 && a.kind() != DossierKind.RECTIFICATION)
                .filter(a -> a.status() != ApplicationStatus.TERMINATED)
                .max(Comparator.comparing(Application::createdAt)).map(Application::content);
        return ReportPrefill.of(titleHolder.content(), lastReport);
    }

    @Transactional(readOnly = true)
    public List<ReportFacts> ofDesignation(long designationId) {
        return applications.findByDesignationIdOrderByCreatedAt(designationId).stream().map(this::facts).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ReportFacts> find(long id) {
        return applications.findById(id).filter(a -> a.kind().isReport()).map(this::facts);
    }

    /** Every report of a kind in one of the given states, oldest first. */
    @Transactional(readOnly = true)
    public List<ReportFacts> inStates(Set<DossierKind> kinds, Set<ApplicationStatus> statuses) {
        return applications.findByKindInAndStatusIn(kinds, statuses).stream()
                .sorted(Comparator.comparing(Application::createdAt)).map(this::facts).toList();
    }

    private ReportFacts facts(Application a) {
        return new ReportFacts(a.id(), a.kind(), a.designationId(), a.parkOrganisationId(),
                parks.name(a.parkOrganisationId()), parks.jurisdiction(a.parkOrganisationId()), a.status(),
                a.versionsSubmitted(), TimeConfig.inJiangsu(a.createdAt()).toLocalDate(),
                Applications.period(a, LocalDate.now(clock)));
    }
}
