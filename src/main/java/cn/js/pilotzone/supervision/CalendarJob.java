package cn.js.pilotzone.supervision;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Runs the calendar every night, on one node at a time. The day comes from the system's one clock,
 * so tests move time and call the calendar instead of waiting for the night.
 */
@Component
class CalendarJob {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarJob.class);

    private final SupervisionCalendar calendar;
    private final Clock clock;

    CalendarJob(SupervisionCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Scheduled(cron = "${pilotzone.supervision.cron}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "supervision-calendar", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void run() {
        SupervisionCalendar.Run run = calendar.runOn(LocalDate.now(clock));
        LOG.info("Supervision calendar for {}: {} reports opened, {} reminders sent", run.day(), run.reportsOpened(),
                run.remindersSent());
    }
}
