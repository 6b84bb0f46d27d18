package cn.js.pilotzone.application;

import java.time.OffsetDateTime;

/**
 * An application or report as its reader sees it: an application with the round it belongs to, a
 * report with its own period (the other is null).
 */
public record ApplicationView(long id, DossierKind kind, RoundView round, ReportPeriod period, String parkName,
        ApplicationStatus status, String speciality, OffsetDateTime startedAt, Long designationId, String brief) {
}
