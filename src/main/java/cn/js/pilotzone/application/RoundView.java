package cn.js.pilotzone.application;

import java.time.LocalDate;

import cn.js.pilotzone.application.domain.EvaluationRound;
import cn.js.pilotzone.application.domain.EvaluationRound.Phase;

/** A round and its dates, and where it stands today. */
public record RoundView(long id, int year, LocalDate windowOpens, LocalDate windowCloses, LocalDate statisticsCutoff,
        int paperCopies, LocalDate cityReviewDeadline, Phase phase) {

    static RoundView of(EvaluationRound round, LocalDate today) {
        return new RoundView(round.id(), round.year(), round.windowOpens(), round.windowCloses(),
                round.statisticsCutoff(), round.paperCopies(), round.cityReviewDeadline(), round.phaseOn(today));
    }
}
