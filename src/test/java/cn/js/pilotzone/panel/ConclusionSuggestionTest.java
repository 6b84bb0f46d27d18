package cn.js.pilotzone.panel;

import static cn.js.pilotzone.panel.Verdict.BASICALLY_CONFORMS;
import static cn.js.pilotzone.panel.Verdict.CONFORMS;
import static cn.js.pilotzone.panel.Verdict.DOES_NOT_CONFORM;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConclusionSuggestionTest {

    private static final ConclusionSuggestion RULE = new ConclusionSuggestion(10, 3);

    private static List<List<Verdict>> indicators(int conform, int basically, int notConform) {
        List<List<Verdict>> all = new ArrayList<>();
        all.addAll(Collections.nCopies(conform, List.of(CONFORMS, CONFORMS, BASICALLY_CONFORMS)));
        all.addAll(Collections.nCopies(basically, List.of(BASICALLY_CONFORMS, BASICALLY_CONFORMS, CONFORMS)));
        all.addAll(Collections.nCopies(notConform, List.of(DOES_NOT_CONFORM, DOES_NOT_CONFORM, CONFORMS)));
        return all;
    }

    @Test
    void tenIndicatorsMostlyConformingAndNoneFailingSuggestConforms() {
        assertThat(RULE.suggest(indicators(10, 3, 0))).isEqualTo(CONFORMS);
    }

    @Test
    void oneFailingIndicatorKeepsTheSuggestionAtBasicallyConforms() {
        assertThat(RULE.suggest(indicators(12, 0, 1))).isEqualTo(BASICALLY_CONFORMS);
    }

    @Test
    void threeFailingIndicatorsSuggestDoesNotConform() {
        assertThat(RULE.suggest(indicators(10, 0, 3))).isEqualTo(DOES_NOT_CONFORM);
    }

    @Test
    void aTieCountsAsTheLessFavourableVerdict() {
        assertThat(ConclusionSuggestion.majority(List.of(CONFORMS, DOES_NOT_CONFORM))).isEqualTo(DOES_NOT_CONFORM);
        assertThat(ConclusionSuggestion.majority(List.of(CONFORMS, BASICALLY_CONFORMS))).isEqualTo(BASICALLY_CONFORMS);
        assertThat(ConclusionSuggestion.majority(List.of(CONFORMS, CONFORMS, BASICALLY_CONFORMS))).isEqualTo(CONFORMS);
    }
}
