package cn.js.pilotzone.application.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RoundFormTest {

    @Test
    void anEmptyCutOffBecomesJuneThirtiethOfTheRoundsYear() {
        RoundForm form = RoundForm.forYear(2027);
        form.setStatisticsCutoff(null);
        form.setWindowOpens(LocalDate.of(2027, 7, 1));
        form.setWindowCloses(LocalDate.of(2027, 8, 31));
        form.setCityReviewDeadline(LocalDate.of(2027, 9, 30));
        assertThat(form.toDates().statisticsCutoff()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(form.toDates().paperCopies()).isEqualTo(2);
    }

    @Test
    void aNewFormProposesJuneThirtieth() {
        assertThat(RoundForm.forYear(2028).getStatisticsCutoff()).isEqualTo(LocalDate.of(2028, 6, 30));
    }
}
