package cn.js.pilotzone.application.form;

import java.time.LocalDate;

/**
 * 知识产权与标准 (Table 1) and Appendix A ask for software copyrights and patents of the last three
 * years (近3年). The window ends on the round's statistics cut-off and spans exactly three years
 * before it: a cut-off of 2026-06-30 counts what was granted or registered from 2023-07-01 to
 * 2026-06-30, both days included. An item counts by its grant (or registration) date, because that
 * is when the park obtained it; pending applications do not count.
 */
public record RecentIntellectualProperty(LocalDate from, LocalDate to) {

    public static RecentIntellectualProperty endingOn(LocalDate cutoff) {
        return new RecentIntellectualProperty(cutoff.minusYears(3).plusDays(1), cutoff);
    }

    public boolean counts(LocalDate granted) {
        return granted != null && !granted.isBefore(from) && !granted.isAfter(to);
    }
}
