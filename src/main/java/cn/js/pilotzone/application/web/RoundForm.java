package cn.js.pilotzone.application.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

import cn.js.pilotzone.application.domain.EvaluationRound;
import cn.js.pilotzone.application.domain.RoundDates;

/** The dates of a new round; the statistics cut-off, when left empty, is June 30 of the year. */
class RoundForm {

    @NotNull(message = "{validation.required}")
    @Min(value = 2020, message = "{validation.year}")
    @Max(value = 2100, message = "{validation.year}")
    private Integer year;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate windowOpens;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate windowCloses;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate statisticsCutoff;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.copies}")
    @Max(value = EvaluationRound.MAX_PAPER_COPIES, message = "{validation.copies}")
    private Integer paperCopies = EvaluationRound.DEFAULT_PAPER_COPIES;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate cityReviewDeadline;

    static RoundForm forYear(int year) {
        RoundForm form = new RoundForm();
        form.year = year;
        form.statisticsCutoff = EvaluationRound.DEFAULT_CUTOFF.atYear(year);
        return form;
    }

    RoundDates toDates() {
        LocalDate cutoff = statisticsCutoff != null ? statisticsCutoff : EvaluationRound.DEFAULT_CUTOFF.atYear(year);
        return new RoundDates(year, windowOpens, windowCloses, cutoff, paperCopies, cityReviewDeadline);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getWindowOpens() {
        return windowOpens;
    }

    public void setWindowOpens(LocalDate windowOpens) {
        this.windowOpens = windowOpens;
    }

    public LocalDate getWindowCloses() {
        return windowCloses;
    }

    public void setWindowCloses(LocalDate windowCloses) {
        this.windowCloses = windowCloses;
    }

    public LocalDate getStatisticsCutoff() {
        return statisticsCutoff;
    }

    public void setStatisticsCutoff(LocalDate statisticsCutoff) {
        this.statisticsCutoff = statisticsCutoff;
    }

    public Integer getPaperCopies() {
        return paperCopies;
    }

    public void setPaperCopies(Integer paperCopies) {
        this.paperCopies = paperCopies;
    }

    public LocalDate getCityReviewDeadline() {
        return cityReviewDeadline;
    }

    public void setCityReviewDeadline(LocalDate cityReviewDeadline) {
        this.cityReviewDeadline = cityReviewDeadline;
    }
}
