package cn.js.pilotzone.application;

import java.time.Instant;
import java.time.LocalDate;

import cn.js.pilotzone.common.TimeConfig;

/**
 * The dates of a report: the year it covers, the day its figures are taken as of, and the last day it
 * is on time. A report first received after that day (the end of it, in Jiangsu: DOMAIN.md defect 7)
 * is late; one not received by then is overdue until it comes.
 */
public record ReportPeriod(int year, LocalDate cutoff, LocalDate due, LocalDate receivedOn, boolean late,
        boolean overdue) {

    static ReportPeriod of(int year, LocalDate cutoff, LocalDate due, Instant firstSubmittedAt, LocalDate today) {
        LocalDate received = firstSubmittedAt == null ? null : TimeConfig.inJiangsu(firstSubmittedAt).toLocalDate();
        return new ReportPeriod(year, cutoff, due, received, received != null && received.isAfter(due),
                received == null && today.isAfter(due));
    }
}
