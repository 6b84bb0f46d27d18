package cn.js.pilotzone.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

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
    private final Clock clock;

    CityCases(ApplicationRepository applications, EvaluationRoundRepository rounds, ParkDirectory parks,
            ApplicationEventPublisher events, StatusEvents statusEvents, ApplicationLocks locks, Clock clock) {
        this.locks = locks;
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
     * @param reviewDeadline the round's deadline for the city's review
     */
    public record CityCase(long id, long roundId, int roundYear, long parkOrganisationId, String parkName,
            ApplicationStatus status, int version, int returns, OffsetDateTime submittedAt,
            LocalDate reviewDeadline, boolean overdue) {
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
        Application application = mineForChange(id, me);
        application.returnForRevision();
        statusEvents.changed(application);
        events.publishEvent(ApplicationChanged.of(ApplicationAction.APPLICATION_RETURNED, id,
                "version=" + application.versionsSubmitted() + " returns=" + application.returnsCount()));
    }

    @PreAuthorize("hasRole('CITY_REVIEWER')")
    @Transactional
    public void recommend(long id, AccountPrincipal me) {
        Application application = mineForChange(id, me);
        application.recommend();
        statusEvents.changed(application);
        events.publishEvent(ApplicationChanged.of(ApplicationAction.APPLICATION_RECOMMENDED, id,
                "version=" + application.versionsSubmitted()));
    }

    @PreAuthorize("hasRole('CITY_REVIEWER')")
    @Transactional
    public void notRecommend(long id, AccountPrincipal me) {
        Application application = mineForChange(id, me);
        application.notRecommend();
        statusEvents.changed(application);
        events.publishEvent(ApplicationChanged.of(ApplicationAction.APPLICATION_NOT_RECOMMENDED, id,
                "version=" + application.versionsSubmitted()));
    }

    /** The sealed letter is in: the application reaches the province. */
    @PreAuthorize("hasRole('CITY_REVIEWER')")
    @Transactional
    public void forward(long id, AccountPrincipal me) {
        Application application = mineForChange(id, me);
        application.forward();
        statusEvents.changed(application);
        events.publishEvent(ApplicationChanged.of(ApplicationAction.APPLICATION_FORWARDED, id,
                "version=" + application.versionsSubmitted()));
    }

    private Application mine(long id, AccountPrincipal me) {
        return applications.findById(id).filter(a -> isMine(a, me))
                .orElseThrow(() -> new NotFoundException("application " + id));
    }

    private Application mineForChange(long id, AccountPrincipal me) {
        return locks.lock(id).filter(a -> isMine(a, me)).orElseThrow(() -> new NotFoundException("application " + id));
    }

    private boolean isMine(Application application, AccountPrincipal me) {
        return application.versionsSubmitted() > 0 && me.jurisdictionCode() != null
                && me.jurisdictionCode().equals(parks.jurisdiction(application.parkOrganisationId()));
    }

    private CityCase view(Application a) {
        EvaluationRound round = rounds.findById(a.roundId()).orElseThrow();
        boolean awaiting = a.status() == ApplicationStatus.SUBMITTED || a.status() == ApplicationStatus.RECOMMENDED;
        return new CityCase(a.id(), a.roundId(), round.year(), a.parkOrganisationId(), parks.name(a.parkOrganisationId()),
                a.status(), a.versionsSubmitted(), a.returnsCount(),
                a.submittedAt() == null ? null : TimeConfig.inJiangsu(a.submittedAt()), round.cityReviewDeadline(),
                awaiting && LocalDate.now(clock).isAfter(round.cityReviewDeadline()));
    }
}
