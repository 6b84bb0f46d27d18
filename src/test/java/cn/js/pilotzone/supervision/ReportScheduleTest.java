package cn.js.pilotzone.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReportScheduleTest {

    @Test
    void theAnnualReportCoversThePreviousYearWithDataAsOfDecember31AndIsDueOnJanuary31() {
        var report = ReportSchedule.annualReport(LocalDate.of(2026, 3, 10), LocalDate.of(2028, 1, 1)).orElseThrow();

        assertThat(report.year()).isEqualTo(2027);
        assertThat(report.cutoff()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(report.due()).isEqualTo(LocalDate.of(2028, 1, 31));
    }

    @Test
    void aParkDesignatedDuringAYearReportsOnItTheNextJanuaryAndNotBefore() {
        LocalDate designated = LocalDate.of(2026, 11, 30);

        assertThat(ReportSchedule.annualReport(designated, LocalDate.of(2026, 12, 31))).isEmpty();
        assertThat(ReportSchedule.annualReport(designated, LocalDate.of(2027, 1, 1)).orElseThrow().year())
                .isEqualTo(2026);
    }

    @Test
    void anAnnualReportOpenedAfterJanuaryGetsThirtyDaysInsteadOfBeingOverdueTheDayItOpens() {
        var report = ReportSchedule.annualReport(LocalDate.of(2026, 3, 10), LocalDate.of(2027, 3, 5)).orElseThrow();

        assertThat(report.year()).isEqualTo(2026);
        assertThat(report.due()).isEqualTo(LocalDate.of(2027, 4, 4));
    }

    @Test
    void aReEvaluationFallsDueTwoYearsAfterTheDesignationThenAfterTheLastDecidedOne() {
        LocalDate designated = LocalDate.of(2026, 3, 10);

        assertThat(ReportSchedule.nextReEvaluation(designated, Optional.empty())).isEqualTo(LocalDate.of(2028, 3, 10));
        assertThat(ReportSchedule.nextReEvaluation(designated, Optional.of(LocalDate.of(2028, 4, 20))))
                .isEqualTo(LocalDate.of(2030, 4, 20));
        assertThat(ReportSchedule.nextReEvaluation(LocalDate.of(2028, 2, 29), Optional.empty()))
                .as("a title of February 29 falls due on the last day of February").isEqualTo(LocalDate.of(2030, 2, 28));
    }
}
