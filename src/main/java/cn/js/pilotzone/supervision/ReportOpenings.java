package cn.js.pilotzone.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.application.DossierKind;
import cn.js.pilotzone.application.Reports;
import cn.js.pilotzone.application.Reports.ReportFacts;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.designation.Designations;
import cn.js.pilotzone.designation.Designations.Title;
import cn.js.pilotzone.identity.AccountPrincipal;

/**
 * The province opens a report by hand: an annual report the calendar did not open (a year before the
 * last, reported late), or a re-evaluation before its two years are up. Only a year that has ended
 * while the title existed can be reported on, and only once.
 */
@Service
public class ReportOpenings {

    private final Designations designations;
    private final Reports reports;
    private final Clock clock;
    private final int reEvaluationDays;

    ReportOpenings(Designations designations, Reports reports, Clock clock,
            @Value("${pilotzone.supervision.re-evaluation-days:60}") int reEvaluationDays) {
        this.designations = designations;
        this.reports = reports;
        this.clock = clock;
        this.reEvaluationDays = reEvaluationDays;
    }

    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional
    public long open(long designationId, DossierKind kind, Integer year, AccountPrincipal me) {
        Title title = designations.title(designationId).filter(Title::inForce)
                .orElseThrow(() -> new NotFoundException("title in force " + designationId));
        LocalDate today = LocalDate.now(clock);
        List<ReportFacts> existing = reports.ofDesignation(designationId);
        if (kind == DossierKind.ANNUAL_REPORT) {
            if (year == null || year < title.designatedOn().getYear() || year >= today.getYear()) {
                throw new DomainException("report.yearNotDue", year == null ? "-" : String.valueOf(year),
                        title.designatedOn().getYear(), today.getYear() - 1);
            }
            requireNone(existing, kind, year);
            ReportSchedule.AnnualReport annual = ReportSchedule.annualReportFor(year, today);
            return reports.open(new Reports.Opening(kind, designationId, title.applicationId(), year, annual.cutoff(),
                    annual.due(), null));
        }
        if (kind == DossierKind.RE_EVALUATION) {
            if (existing.stream().anyMatch(ReportFacts::reEvaluationUnderWay)) {
                throw new DomainException("report.reEvaluationUnderWay");
            }
            requireNone(existing, kind, today.getYear());
            return reports.open(new Reports.Opening(kind, designationId, title.applicationId(), today.getYear(), today,
                    today.plusDays(reEvaluationDays), null));
        }
        throw new DomainException("report.kindNotOpenable");
    }

    private static void requireNone(List<ReportFacts> existing, DossierKind kind, int year) {
        if (existing.stream().anyMatch(r -> r.kind() == kind && r.period().year() == year)) {
            throw new DomainException("report.exists", year);
        }
    }
}
