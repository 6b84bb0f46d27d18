package cn.js.pilotzone.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReminderStageTest {

    private static final LocalDate DUE = LocalDate.of(2027, 1, 31);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2026-12-31, NONE",
        "2027-01-01, DAYS_30",
        "2027-01-23, DAYS_30",
        "2027-01-24, DAYS_7",
        "2027-01-29, DAYS_7",
        "2027-01-30, DAYS_1",
        "2027-01-31, DAYS_1",
        "2027-02-01, OVERDUE",
        "2027-06-30, OVERDUE"})
    void theReminderOfADayIsTheLatestStageWhoseDayHasComeAndTheDueDateItselfIsNotOverdue(LocalDate today,
            String expected) {
        assertThat(ReminderStage.current(DUE, today).map(Enum::name).orElse("NONE")).isEqualTo(expected);
    }
}
