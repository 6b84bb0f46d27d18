package cn.js.pilotzone.rubric;

import java.time.LocalDate;
import java.util.List;

/** A version of the indicator catalogue for one purpose, its indicators in the standard's order. */
public record Rubric(long id, String purpose, String label, LocalDate effectiveFrom, List<Indicator> indicators) {

    public Rubric {
        indicators = List.copyOf(indicators);
    }
}
