package cn.js.pilotzone.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.application.domain.Application;
import cn.js.pilotzone.application.domain.ApplicationRepository;
import cn.js.pilotzone.application.domain.EvaluationRound;
import cn.js.pilotzone.application.domain.EvaluationRoundRepository;
import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.common.TimeConfig;
import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.identity.ParkDirectory;

/**
 * The submitted applications of a city's own parks, as its preliminary review (初审) sees and moves
 * them. Every call is scoped by the reviewer's jurisdiction: a case of another city does not exist.
 */
@Service
public class CityCases {

    /** Every state an application can reach only through the city's recommendation: all count for the quota. */
    private static final List<ApplicationStatus> RECOMMENDED_ONCE = List.of(ApplicationStatus.RECOMMENDED,
            ApplicationStatus.FORWARDED, ApplicationStatus.IN_NOTICE, ApplicationStatus.REJECTED,
            ApplicationStatus.TERMINATED, ApplicationStatus.VETOED, ApplicationStatus.DESIGNATED);

    private final ApplicationRepository applications;
    private final EvaluationRoundRepository rounds;
    private final ParkDirectory parks;
    private final ApplicationEventPublisher events;
    private final StatusEvents statusEvents;
    private final ApplicationLocks locks;
    private final ApplicationAccess access;
    private final Clock clock;

    CityCases(ApplicationRepository applications, EvaluationRoundRepository rounds, ParkDirectory parks,
            ApplicationEventPublisher events, StatusEvents statusEvents, ApplicationLocks locks,
            ApplicationAccess access, Clock clock) {
        this.locks = locks;
        this.access = access;
        this.statusEvents = statusEvents;
        this.applications = applications;
        this.rounds = rounds;
        this.parks = parks;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One case as the city sees it.
     *
     * @param roundId        the round of an application, null for a report
     * @param roundYear      the round's year, or the year a report covers
     * @param reviewDeadline the round's deadline for the city's review; the standard sets none for reports
     * @param period         a report's dates, null for an application
     */
    public record CityCase(long id, DossierKind kind, Long roundId, int roundYear, long parkOrganisationId,
            String parkName, ApplicationStatus status, int version, int returns, OffsetDateTime submittedAt,
            LocalDate reviewDeadline, boolean overdue, ReportPeriod period) {
    }

    /** The city's cases, optionally of one status and with a park name containing the search text. */
    @PreAuthorize("hasRole('CITY_REVIEWER')")
    @Transactional(readOnly = true)
    public Page<CityCase> ofMyJurisdiction(AccountPrincipal me, ApplicationStatus status, String search,
            Pageable pageable) {
        List<Long> ids = parks.parkIdsIn(me.jurisdictionCode(), search);
        Page<Application> page = status == null
                ? applications.findByParkOrganisationIdInAndVersionsSubmittedGreaterThan(ids, 0, pageable)
                : applications.findByParkOrganisationIdInAndStatusAndVersionsSubmittedGreaterThan(ids, status, 0, pageable);
        return page.map(this::view);
    }

    @PreAuthorize("hasRole('CITY_REVIEWER')")
    @Transactional(readOnly = true)
    public CityCase get(long id, AccountPrincipal me) {
        return view(mine(id, me));
    }

    /** What waits for the city: cases to review, and recommendations whose sealed letter is missing. */
    @PreAuthorize("hasRole('CITY_REVIEWER')")
    @Transactional(readOnly = true)
    public List<CityCase> awaitingCity(AccountPrincipal me) {
        List<Long> ids = parks.parkIdsIn(me.jurisdictionCode(), null);
        return applications.findByParkOrganisationIdInAndStatusIn(ids,
                List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.RECOMMENDED)).stream().map(this::view).toList();
    }

    /** A case the province has received, with the city's sealed letter, and whatever followed. */
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional(readOnly = true)
    public CityCase forwarded(long id, AccountPrincipal me) {
        return applications.findById(id).filter(a -> ApplicationAccess.RECEIVED_BY_PROVINCE.contains(a.status()))
                .map(this::view)
                .orElseThrow(() -> new NotFoundException("application " + id));
    }

    /** Only the park's name, for the public verification of a document that names it. */
    @Transactional(readOnly = true)
    public String parkNameOf(long id) {
        return applications.findById(id).map(a -> parks.name(a.parkOrganisationId())).orElse("-");
    }

    /** How many of the city's parks it has recommended in a round, for the province's quota. */
    @Transactional(readOnly = true)
    public long recommendedIn(long roundId, String jurisdictionCode) {
        return applications.countByRoundIdAndStatusInAndParkOrganisationIdIn(roundId, RECOMMENDED_ONCE,
                parks.parkIdsIn(jurisdictionCode, null));
    }

    @PreAuthorize("hasRole('CITY_REVIEWER')")
    @Transactional
    public void returnForRevision(long id, AccountPrincipal me) {
        Application application = move(id, me, Application::returnForRevision);
        events.publishEvent(ApplicationChanged.of(ApplicationAction.APPLICATION_RETURNED, id,
                "version=" + application.versionsSubmitted() + " returns=" + application.returnsCount()));
    }

    @PreAuthorize("hasRole('CITY_REVIEWER')")
    @Transactional
    public void recommend(long id, AccountPrincipal me) {
        move(id, me, Application::recommend, ApplicationAction.APPLICATION_RECOMMENDED);
    }

    @PreAuthorize("hasRole('CITY_REVIEWER')")
    @Transactional
    public void notRecommend(long id, AccountPrincipal me) {
        move(id, me, Application::notRecommend, ApplicationAction.APPLICATION_NOT_RECOMMENDED);
    }

    /** The city approves (审核) a report: it reaches the province without a letter. */
    @PreAuthorize("hasRole('CITY_REVIEWER')")
    @Transactional
    public void approveReport(long id, AccountPrincipal me) {
        move(id, me, Application::approveReport, ApplicationAction.REPORT_APPROVED);
    }

    /** The sealed letter is in: the application reaches the province. */
    @PreAuthorize("hasRole('CITY_REVIEWER')")
    @Transactional
    public void forward(long id, AccountPrincipal me) {
        move(id, me, Application::forward, ApplicationAction.APPLICATION_FORWARDED);
    }

    private void move(long id, AccountPrincipal me, Consumer<Application> transition, ApplicationAction action) {
        Application application = move(id, me, transition);
        events.publishEvent(ApplicationChanged.of(action, id, "version=" + application.versionsSubmitted()));
    }

    /** One of the city's cases, locked, moved, and announced. */
    private Application move(long id, AccountPrincipal me, Consumer<Application> transition) {
        Application application = locks.lock(id).filter(a -> access.cityMayRead(a, me))
                .orElseThrow(() -> new NotFoundException("application " + id));
        transition.accept(application);
        statusEvents.changed(application);
        return application;
    }

    private Application mine(long id, AccountPrincipal me) {
        return applications.findById(id).filter(a -> access.cityMayRead(a, me))
                .orElseThrow(() -> new NotFoundException("application " + id));
    }

    private CityCase view(Application a) {
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime submittedAt = a.submittedAt() == null ? null : TimeConfig.inJiangsu(a.submittedAt());
        if (a.kind().isReport()) {
            return new CityCase(a.id(), a.kind(), null, a.reportYear(), a.parkOrganisationId(),
                    parks.name(a.parkOrganisationId()), a.status(), a.versionsSubmitted(), a.returnsCount(), submittedAt,
                    null, false, Applications.period(a, today));
        }
        EvaluationRound round = rounds.findById(a.roundId()).orElseThrow();
        boolean awaiting = a.status() == ApplicationStatus.SUBMITTED || a.status() == ApplicationStatus.RECOMMENDED;
        return new CityCase(a.id(), a.kind(), a.roundId(), round.year(), a.parkOrganisationId(),
                parks.name(a.parkOrganisationId()), a.status(), a.versionsSubmitted(), a.returnsCount(), submittedAt,
                round.cityReviewDeadline(), awaiting && today.isAfter(round.cityReviewDeadline()), null);
    }
}
