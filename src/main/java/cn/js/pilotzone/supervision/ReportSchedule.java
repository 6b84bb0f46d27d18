package cn.js.pilotzone.supervision;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * When reports fall due (§7, DOMAIN.md defect 7). The annual report covers the previous calendar year,
 * with data as of its December 31, and is due on January 31; a park designated during a year reports
 * on it the next January. A re-evaluation falls due two years after the designation, and then two
 * years after each re-evaluation the province has decided.
 */
public final class ReportSchedule {

    static final MonthDay ANNUAL_DUE = MonthDay.of(1, 31);
    static final int RE_EVALUATION_YEARS = 2;

    private ReportSchedule() {
    }

    /** Days a park has for a report opened after its regular due date (the system was down, or made up). */
    static final int MAKE_UP_DAYS = 30;

    /** The annual report for the year before {@code today}, if the title existed during that year. */
    public static Optional<AnnualReport> annualReport(LocalDate designatedOn, LocalDate today) {
        int year = today.getYear() - 1;
        if (designatedOn.getYear() > year) {
            return Optional.empty();
        }
        return Optional.of(annualReportFor(year, today));
    }

    /**
     * The annual report for a year, opened today: due on January 31 after it, or, if that day has
     * passed, {@value #MAKE_UP_DAYS} days from today, so that it is never overdue on the day it opens.
     */
    static AnnualReport annualReportFor(int year, LocalDate today) {
        LocalDate due = ANNUAL_DUE.atYear(year + 1);
        return new AnnualReport(year, LocalDate.of(year, 12, 31), due.isBefore(today) ? today.plusDays(MAKE_UP_DAYS) : due);
    }

    public record AnnualReport(int year, LocalDate cutoff, LocalDate due) {
    }

    /** The day the next re-evaluation opens: two years after the designation or the last decided one. */
    public static LocalDate nextReEvaluation(LocalDate designatedOn, Optional<LocalDate> lastDecided) {
        return lastDecided.orElse(designatedOn).plusYears(RE_EVALUATION_YEARS);
    }
}
