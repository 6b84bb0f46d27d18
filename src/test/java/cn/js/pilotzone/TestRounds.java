package cn.js.pilotzone;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.application.domain.EvaluationRound;
import cn.js.pilotzone.application.domain.EvaluationRoundRepository;
import cn.js.pilotzone.application.domain.RoundDates;

/** Rounds made for one test, each in a year no other round holds (years are unique). */
@Component
public class TestRounds {

    private final EvaluationRoundRepository rounds;
    private final Clock clock;

    TestRounds(EvaluationRoundRepository rounds, Clock clock) {
        this.rounds = rounds;
        this.clock = clock;
    }

    public synchronized int freeYear() {
        for (int year = 2030; year < 3000; year++) {
            if (!rounds.existsByYear(year)) {
                return year;
            }
        }
        throw new IllegalStateException("no free year left for a test round");
    }

    /** A round whose window runs from opens to closes, cut-off the day before it opens. */
    @Transactional
    public synchronized EvaluationRound open(LocalDate opens, LocalDate closes) {
        return rounds.save(EvaluationRound.open(new RoundDates(freeYear(), opens, closes, opens.minusDays(1), 2,
                closes.plusDays(30)), clock.instant()));
    }
}
