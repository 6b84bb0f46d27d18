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

    /** The annual report for the year before {@code today}, if the title existed during that year. */
    public static Optional<AnnualReport> annualReport(LocalDate designatedOn, LocalDate today) {
        int year = today.getYear() - 1;
        if (designatedOn.getYear() > year) {
            return Optional.empty();
        }
        return Optional.of(new AnnualReport(year, LocalDate.of(year, 12, 31), ANNUAL_DUE.atYear(year + 1)));
    }

    public record AnnualReport(int year, LocalDate cutoff, LocalDate due) {
    }

    /** The day the next re-evaluation opens: two years after the designation or the last decided one. */
    public static LocalDate nextReEvaluation(LocalDate designatedOn, Optional<LocalDate> lastDecided) {
        return lastDecided.orElse(designatedOn).plusYears(RE_EVALUATION_YEARS);
    }
}
