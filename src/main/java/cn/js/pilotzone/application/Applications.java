package cn.js.pilotzone.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.application.domain.Application;
import cn.js.pilotzone.application.domain.ApplicationRepository;
import cn.js.pilotzone.application.domain.EvaluationRound;
import cn.js.pilotzone.application.domain.EvaluationRoundRepository;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.common.TimeConfig;
import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.identity.ParkDirectory;
import cn.js.pilotzone.identity.Role;
import cn.js.pilotzone.workspace.TodoItem;
import cn.js.pilotzone.workspace.TodoProvider;
import cn.js.pilotzone.identity.ParkDirectory.ParkFacts;

/**
 * A park starts its application in an open round after the eligibility check of §1. A park sees
 * only its own applications: any other id is answered as not found.
 */
@Service
public class Applications implements TodoProvider {

    private final ApplicationRepository applications;
    private final EvaluationRoundRepository rounds;
    private final ParkDirectory parks;
    private final ApplicationEventPublisher events;
    private final ApplicationAccess access;
    private final TitleRegister titles;
    private final Clock clock;

    Applications(ApplicationRepository applications, EvaluationRoundRepository rounds, ParkDirectory parks,
            ApplicationEventPublisher events, ApplicationAccess access, TitleRegister titles, Clock clock) {
        this.access = access;
        this.titles = titles;
        this.applications = applications;
        this.rounds = rounds;
        this.parks = parks;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public long start(long roundId, String speciality, AccountPrincipal me) {
        EvaluationRound round = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("round " + roundId));
        round.requireOpenForSubmission(LocalDate.now(clock));
        if (speciality != null && speciality.strip().length() > Application.MAX_SPECIALITY) {
            throw new DomainException("eligibility.specialityTooLong", Application.MAX_SPECIALITY);
        }
        ParkFacts park = parks.park(me.organisationId())
                .orElseThrow(() -> new DomainException("eligibility.notAPark"));
        List<EligibilityPolicy.Failure> failures = EligibilityPolicy.check(park, speciality,
                applications.existsByRoundIdAndParkOrganisationId(roundId, park.organisationId()),
                titles.holdsTitle(park.organisationId()));
        if (!failures.isEmpty()) {
            throw new IneligibleException(failures);
        }
        try {
            Application application = applications.saveAndFlush(
                    Application.start(round, park.organisationId(), speciality, me.loginName(), clock.instant()));
            events.publishEvent(new ApplicationStarted(application.id(), roundId, park.organisationId()));
            return application.id();
        } catch (DataIntegrityViolationException concurrentStart) {
            // A second click or a colleague started it a moment earlier: the unique key refused this one.
            throw new IneligibleException(List.of(new EligibilityPolicy.Failure("eligibility.alreadyApplied",
                    List.of())));
        }
    }

    /** The park's own application in a round, if it has started one. */
    @Transactional(readOnly = true)
    public Optional<Long> mine(long roundId, AccountPrincipal me) {
        return applications.findByRoundIdAndParkOrganisationId(roundId, me.organisationId()).map(Application::id);
    }

    /** The application as whoever may read it sees it; anyone else is told it does not exist. */
    @Transactional(readOnly = true)
    public ApplicationView get(long id, AccountPrincipal me) {
        Application application = access.readable(id, me);
        String parkName = parks.name(application.parkOrganisationId());
        LocalDate today = LocalDate.now(clock);
        RoundView round = application.kind().isReport() ? null
                : RoundView.of(rounds.findById(application.roundId()).orElseThrow(), today);
        return new ApplicationView(application.id(), application.kind(), round, period(application, today), parkName,
                application.status(), application.speciality(), TimeConfig.inJiangsu(application.createdAt()),
                application.designationId(), application.brief());
    }

    static ReportPeriod period(Application application, LocalDate today) {
        if (!application.kind().isReport()) {
            return null;
        }
        return ReportPeriod.of(application.reportYear(), application.statisticsCutoff(), application.dueDate(),
                application.firstSubmittedAt(), today);
    }

    /** A park is told when the city has sent its application back, and of every report it has to file. */
    @Override
    @Transactional(readOnly = true)
    public List<TodoItem> todosForCurrentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal me)
                || !me.hasRole(Role.APPLICANT)) {
            return List.of();
        }
        return applications.findByParkOrganisationIdInAndStatusIn(List.of(me.organisationId()),
                List.of(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED)).stream()
                .filter(a -> a.kind().isReport() ? titles.holdsTitle(a.parkOrganisationId())
                        : a.status() == ApplicationStatus.RETURNED)
                .map(this::todo).toList();
    }

    /** A returned application, with its round's closing day; an open report, with its due date. */
    private TodoItem todo(Application a) {
        if (a.kind().isReport()) {
            String key = (a.status() == ApplicationStatus.RETURNED ? "todo.reportReturned." : "todo.reportDue.")
                    + a.kind().name();
            return new TodoItem(key, List.of(Integer.toString(a.reportYear())),
                    "/applications/" + a.id(), a.dueDate());
        }
        EvaluationRound round = rounds.findById(a.roundId()).orElseThrow();
        return new TodoItem("todo.applicationReturned", List.of(Integer.toString(round.year())),
                "/applications/" + a.id() + "/review", round.windowCloses());
    }
}
