package cn.js.pilotzone.application.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RecentIntellectualPropertyTest {

    private final RecentIntellectualProperty window = RecentIntellectualProperty.endingOn(LocalDate.of(2026, 6, 30));

    @Test
    void theWindowSpansTheThreeYearsEndingOnTheCutoff() {
        assertThat(window.from()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(window.to()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void theFirstDayOfTheWindowCountsAndTheDayBeforeDoesNot() {
        assertThat(window.counts(LocalDate.of(2023, 7, 1))).isTrue();
        assertThat(window.counts(LocalDate.of(2023, 6, 30))).isFalse();
    }

    @Test
    void theCutoffCountsAndTheDayAfterDoesNot() {
        assertThat(window.counts(LocalDate.of(2026, 6, 30))).isTrue();
        assertThat(window.counts(LocalDate.of(2026, 7, 1))).isFalse();
    }

    @Test
    void anItemWithoutGrantDateDoesNotCount() {
        assertThat(window.counts(null)).isFalse();
    }

    @Test
    void aLeapDayCutoffGivesAWindowStartingOnTheFirstOfMarch() {
        var leap = RecentIntellectualProperty.endingOn(LocalDate.of(2028, 2, 29));

        assertThat(leap.from()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(leap.to()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(leap.counts(LocalDate.of(2025, 2, 28))).isFalse();
        assertThat(leap.counts(LocalDate.of(2025, 3, 1))).isTrue();
    }
}
