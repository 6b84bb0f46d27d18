package cn.js.pilotzone.supervision;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import cn.js.pilotzone.application.ApplicationStatus;
import cn.js.pilotzone.application.DossierKind;
import cn.js.pilotzone.application.Reports;
import cn.js.pilotzone.application.Reports.ReportFacts;
import cn.js.pilotzone.designation.Designations;
import cn.js.pilotzone.designation.Designations.Title;

/**
 * The calendar that runs itself: on each day it opens the annual reports and re-evaluations that have
 * fallen due for every title in force, and sends the reminders of that day. Everything it does is
 * keyed so that running it twice on a day changes nothing the second time.
 */
@Service
public class SupervisionCalendar {

    private static final Logger LOG = LoggerFactory.getLogger(SupervisionCalendar.class);

    private final Designations designations;
    private final Reports reports;
    private final Reminders reminders;
    private final SupervisionBoard board;
    private final int reEvaluationDays;

    SupervisionCalendar(Designations designations, Reports reports, Reminders reminders, SupervisionBoard board,
            @Value("${pilotzone.supervision.re-evaluation-days:60}") int reEvaluationDays) {
        this.designations = designations;
        this.reports = reports;
        this.reminders = reminders;
        this.board = board;
        this.reEvaluationDays = reEvaluationDays;
    }

    /** What one run did. */
    public record Run(LocalDate day, int reportsOpened, int remindersSent) {
    }

    public Run runOn(LocalDate today) {
        List<Title> titles = designations.titlesInForce();
        int opened = 0;
        for (Title title : titles) {
            try {
                opened += openDue(title, today);
            } catch (RuntimeException e) {
                // One title's trouble (a report another node opened a moment earlier) holds back no other.
                LOG.warn("Reports of designation {} not opened on {}: {}", title.id(), today, e.getMessage());
            }
        }
        return new Run(today, opened, remind(today, titles));
    }

    private int openDue(Title title, LocalDate today) {
        int opened = 0;
        List<ReportFacts> existing = reports.ofDesignation(title.id());
        Optional<ReportSchedule.AnnualReport> annual = ReportSchedule.annualReport(title.designatedOn(), today);
        if (annual.isPresent() && existing.stream().noneMatch(r -> r.kind() == DossierKind.ANNUAL_REPORT
                && r.period().year() == annual.get().year())) {
            reports.open(new Reports.Opening(DossierKind.ANNUAL_REPORT, title.id(), title.applicationId(),
                    annual.get().year(), annual.get().cutoff(), annual.get().due(), null));
            opened++;
        }
        boolean underWay = existing.stream().anyMatch(ReportFacts::reEvaluationUnderWay);
        LocalDate next = ReportSchedule.nextReEvaluation(title.designatedOn(), board.lastReEvaluation(title.id()));
        if (!underWay && !today.isBefore(next)) {
            reports.open(new Reports.Opening(DossierKind.RE_EVALUATION, title.id(), title.applicationId(),
                    today.getYear(), today, today.plusDays(reEvaluationDays), null));
            opened++;
        }
        return opened;
    }

    /** Reports never received, of titles still in force, reminded once per stage. */
    private int remind(LocalDate today, List<Title> titles) {
        Set<Long> inForce = titles.stream().map(Title::id).collect(Collectors.toSet());
        int sent = 0;
        for (ReportFacts report : reports.inStates(EnumSet.of(DossierKind.ANNUAL_REPORT, DossierKind.RE_EVALUATION,
                DossierKind.RECTIFICATION), EnumSet.of(ApplicationStatus.DRAFT))) {
            if (!inForce.contains(report.designationId()) || report.period().receivedOn() != null) {
                continue;
            }
            Optional<ReminderStage> stage = ReminderStage.current(report.period().due(), today);
            try {
                if (stage.isPresent() && reminders.send(report, stage.get(), today)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Reminder {} of report {} not sent on {}: {}", stage.get(), report.id(), today, e.getMessage());
            }
        }
        return sent;
    }
}
