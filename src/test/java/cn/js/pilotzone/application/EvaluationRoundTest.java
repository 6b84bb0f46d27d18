package cn.js.pilotzone.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.js.pilotzone.application.domain.EvaluationRound;
import cn.js.pilotzone.application.domain.EvaluationRound.Phase;
import cn.js.pilotzone.application.domain.RoundDates;
import cn.js.pilotzone.common.DomainException;

class EvaluationRoundTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static final LocalDate OPENS = LocalDate.of(2026, 7, 1);
    private static final LocalDate CLOSES = LocalDate.of(2026, 8, 31);

    private static RoundDates dates(LocalDate opens, LocalDate closes, LocalDate cutoff, int copies,
            LocalDate review) {
        return new RoundDates(2026, opens, closes, cutoff, copies, review);
    }

    private static EvaluationRound round() {
        return EvaluationRound.open(dates(OPENS, CLOSES, LocalDate.of(2026, 6, 30), 2, LocalDate.of(2026, 9, 30)),
                NOW);
    }

    @Test
    void theWindowIncludesItsFirstAndLastDay() {
        EvaluationRound round = round();
        assertThat(round.phaseOn(OPENS.minusDays(1))).isEqualTo(Phase.NOT_YET_OPEN);
        assertThat(round.phaseOn(OPENS)).isEqualTo(Phase.OPEN);
        assertThat(round.phaseOn(CLOSES)).isEqualTo(Phase.OPEN);
        assertThat(round.phaseOn(CLOSES.plusDays(1))).isEqualTo(Phase.CLOSED);
    }

    @Test
    void nothingCanBeSubmittedOutsideTheWindow() {
        EvaluationRound round = round();
        round.requireOpenForSubmission(CLOSES);
        assertThatThrownBy(() -> round.requireOpenForSubmission(CLOSES.plusDays(1)))
                .isInstanceOf(DomainException.class).hasMessage("round.error.notOpen");
        assertThatThrownBy(() -> round.requireOpenForSubmission(OPENS.minusDays(1)))
                .isInstanceOf(DomainException.class).hasMessage("round.error.notOpen");
    }

    @Test
    void aWindowThatClosesBeforeItOpensIsRefused() {
        assertThatThrownBy(() -> EvaluationRound.open(dates(CLOSES, OPENS, LocalDate.of(2026, 6, 30), 2,
                LocalDate.of(2026, 9, 30)), NOW)).hasMessage("round.error.windowReversed");
    }

    @Test
    void theCityReviewCannotEndBeforeTheWindowCloses() {
        assertThatThrownBy(() -> EvaluationRound.open(dates(OPENS, CLOSES, LocalDate.of(2026, 6, 30), 2,
                CLOSES.minusDays(1)), NOW)).hasMessage("round.error.reviewBeforeClose");
    }

    @Test
    void theStatisticsCutOffCannotFollowTheWindow() {
        assertThatThrownBy(() -> EvaluationRound.open(dates(OPENS, CLOSES, CLOSES.plusDays(1), 2,
                LocalDate.of(2026, 9, 30)), NOW)).hasMessage("round.error.cutoffAfterClose");
    }

    @Test
    void paperCopiesAreBetweenOneAndTen() {
        assertThatThrownBy(() -> EvaluationRound.open(dates(OPENS, CLOSES, LocalDate.of(2026, 6, 30), 0,
                LocalDate.of(2026, 9, 30)), NOW)).hasMessage("round.error.copies");
        assertThat(EvaluationRound.open(dates(OPENS, CLOSES, LocalDate.of(2026, 6, 30), 10,
                LocalDate.of(2026, 9, 30)), NOW).paperCopies()).isEqualTo(10);
    }

    @Test
    void defaultsFollowTheStandardAsCorrectedInDomainMd() {
        assertThat(EvaluationRound.DEFAULT_CUTOFF.atYear(2026)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(EvaluationRound.DEFAULT_PAPER_COPIES).isEqualTo(2);
    }
}
