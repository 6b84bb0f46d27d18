package cn.js.pilotzone.application.domain;

import java.time.LocalDate;

/** What the province sets when it opens a round. */
public record RoundDates(int year, LocalDate windowOpens, LocalDate windowCloses, LocalDate statisticsCutoff,
        int paperCopies, LocalDate cityReviewDeadline) {
}
