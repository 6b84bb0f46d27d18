package cn.js.pilotzone.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** When a park is reminded of a report it has not submitted: 30, 7 and 1 days before, and once overdue. */
public enum ReminderStage {
    DAYS_30(30), DAYS_7(7), DAYS_1(1), OVERDUE(-1);

    private final int daysBeforeDue;

    ReminderStage(int daysBeforeDue) {
        this.daysBeforeDue = daysBeforeDue;
    }

    /** The day this reminder is due for a report due on {@code due}. */
    public LocalDate dayFor(LocalDate due) {
        return due.minusDays(daysBeforeDue);
    }

    /**
     * The reminder of the day: the latest stage whose day has come. A job that missed a day sends the
     * latest one only, never a stale "30 days left" a week before the deadline.
     */
    public static Optional<ReminderStage> current(LocalDate due, LocalDate today) {
        ReminderStage latest = null;
        for (ReminderStage stage : List.of(DAYS_30, DAYS_7, DAYS_1, OVERDUE)) {
            if (!today.isBefore(stage.dayFor(due))) {
                latest = stage;
            }
        }
        return Optional.ofNullable(latest);
    }
}
