package cn.js.pilotzone.supervision;

import java.time.LocalDate;

import cn.js.pilotzone.application.DossierKind;

/**
 * A park is reminded of a report it has not submitted; once it is overdue, its city and the province
 * are told as well.
 *
 * @param daysLeft days until the due date, negative once it has passed
 */
public record ReportReminder(long reportId, DossierKind kind, int year, long parkOrganisationId, String parkName,
        String jurisdictionCode, LocalDate due, long daysLeft, ReminderStage stage) {
}
