package cn.js.pilotzone.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.application.domain.EvaluationRound;
import cn.js.pilotzone.application.domain.EvaluationRound.Phase;
import cn.js.pilotzone.application.domain.EvaluationRoundRepository;
import cn.js.pilotzone.application.domain.RoundDates;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.workspace.TodoItem;
import cn.js.pilotzone.workspace.TodoProvider;

/** The province opens rounds; every party of the evaluation sees them with their dates. */
@Service
public class Rounds implements TodoProvider {

    private final EvaluationRoundRepository rounds;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Rounds(EvaluationRoundRepository rounds, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional
    public long open(RoundDates dates) {
        if (rounds.existsByYear(dates.year())) {
            throw new DomainException("round.error.yearTaken", Integer.toString(dates.year()));
        }
        EvaluationRound round = rounds.save(EvaluationRound.open(dates, clock.instant()));
        events.publishEvent(new RoundOpened(round.id(), round.year(),
                round.windowOpens() + ".." + round.windowCloses() + " cutoff=" + round.statisticsCutoff()));
        return round.id();
    }

    @Transactional(readOnly = true)
    public List<RoundView> all() {
        LocalDate today = LocalDate.now(clock);
        return rounds.findAllByOrderByYearDesc().stream().map(round -> RoundView.of(round, today)).toList();
    }

    @Transactional(readOnly = true)
    public RoundView get(long id) {
        return rounds.findById(id).map(round -> RoundView.of(round, LocalDate.now(clock)))
                .orElseThrow(() -> new NotFoundException("round " + id));
    }

    /** A park sees each round that is receiving applications, with the day it closes. */
    @Override
    @Transactional(readOnly = true)
    public List<TodoItem> todosForCurrentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean applicant = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> "ROLE_APPLICANT".equals(authority.getAuthority()));
        if (!applicant) {
            return List.of();
        }
        return all().stream().filter(round -> round.phase() == Phase.OPEN)
                .map(round -> new TodoItem("todo.roundOpen", List.of(Integer.toString(round.year())),
                        "/rounds/" + round.id(), round.windowCloses()))
                .toList();
    }
}
