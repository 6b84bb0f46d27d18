package cn.js.pilotzone.supervision;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.application.Reports.ReportFacts;

/**
 * Sends each reminder of a report once. The row of a reminder is written in the same transaction as
 * its messages, and its key refuses a second one, so a rerun, a retry or a second node sends nothing
 * twice; each reminder commits on its own, so one failure holds back no other.
 */
@Component
class Reminders {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Reminders(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** @return whether the reminder went out now */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean send(ReportFacts report, ReminderStage stage, LocalDate today) {
        boolean sent = jdbc.sql("SELECT COUNT(*) FROM reminder_sent WHERE report_id = ? AND stage = ?")
                .params(report.id(), stage.name()).query(Long.class).single() > 0;
        if (sent) {
            return false;
        }
        jdbc.sql("INSERT INTO reminder_sent (report_id, stage, sent_on) VALUES (?, ?, ?)")
                .params(report.id(), stage.name(), Date.valueOf(today)).update();
        LocalDate due = report.period().due();
        events.publishEvent(new ReportReminder(report.id(), report.kind(), report.period().year(),
                report.parkOrganisationId(), report.parkName(), report.jurisdictionCode(), due,
                ChronoUnit.DAYS.between(today, due), stage));
        events.publishEvent(new SupervisionChanged(SupervisionAction.REMINDER_SENT, "application:" + report.id(),
                stage + " due=" + due));
        return true;
    }
}
