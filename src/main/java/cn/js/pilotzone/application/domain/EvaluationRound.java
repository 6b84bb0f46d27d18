package cn.js.pilotzone.application.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.js.pilotzone.common.DomainException;

/**
 * 申报批次: the province's round of applications for one year. Applications are received from the
 * day the window opens to the day it closes, both included (dates in Asia/Shanghai); figures in them
 * are as of the statistics cut-off.
 */
@Entity
@Table(name = "evaluation_round")
public class EvaluationRound {

    /**
     * The standard says "本年度6月31日", a day June does not have; DOMAIN.md settles on June 30, and
     * each round may set its own.
     */
    public static final MonthDay DEFAULT_CUTOFF = MonthDay.of(6, 30);

    /** Table 2 asks for 一式2份, the form's instructions for 一式1份; Table 2 is the default. */
    public static final int DEFAULT_PAPER_COPIES = 2;

    public static final int MAX_PAPER_COPIES = 10;

    public enum Phase {
        NOT_YET_OPEN, OPEN, CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_year")
    private int year;

    @Column(name = "window_opens")
    private LocalDate windowOpens;

    @Column(name = "window_closes")
    private LocalDate windowCloses;

    @Column(name = "statistics_cutoff")
    private LocalDate statisticsCutoff;

    @Column(name = "paper_copies")
    private int paperCopies;

    @Column(name = "city_review_deadline")
    private LocalDate cityReviewDeadline;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected EvaluationRound() {
    }

    private EvaluationRound(RoundDates dates, Instant now) {
        this.year = dates.year();
        this.windowOpens = dates.windowOpens();
        this.windowCloses = dates.windowCloses();
        this.statisticsCutoff = dates.statisticsCutoff();
        this.paperCopies = dates.paperCopies();
        this.cityReviewDeadline = dates.cityReviewDeadline();
        this.createdAt = now;
    }

    /** Opens a round after checking that its dates make sense together. */
    public static EvaluationRound open(RoundDates dates, Instant now) {
        if (dates.windowCloses().isBefore(dates.windowOpens())) {
            throw new DomainException("round.error.windowReversed");
        }
        if (dates.cityReviewDeadline().isBefore(dates.windowCloses())) {
            throw new DomainException("round.error.reviewBeforeClose");
        }
        if (dates.paperCopies() < 1 || dates.paperCopies() > MAX_PAPER_COPIES) {
            throw new DomainException("round.error.copies", MAX_PAPER_COPIES);
        }
        if (dates.statisticsCutoff().isAfter(dates.windowCloses())) {
            throw new DomainException("round.error.cutoffAfterClose");
        }
        return new EvaluationRound(dates, now);
    }

    public Phase phaseOn(LocalDate today) {
        if (today.isBefore(windowOpens)) {
            return Phase.NOT_YET_OPEN;
        }
        return today.isAfter(windowCloses) ? Phase.CLOSED : Phase.OPEN;
    }

    /** Outside the window nothing can be submitted. */
    public void requireOpenForSubmission(LocalDate today) {
        if (phaseOn(today) != Phase.OPEN) {
            throw new DomainException("round.error.notOpen", windowOpens, windowCloses);
        }
    }

    public Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public LocalDate windowOpens() {
        return windowOpens;
    }

    public LocalDate windowCloses() {
        return windowCloses;
    }

    public LocalDate statisticsCutoff() {
        return statisticsCutoff;
    }

    public int paperCopies() {
        return paperCopies;
    }

    public LocalDate cityReviewDeadline() {
        return cityReviewDeadline;
    }
}
