package cn.js.pilotzone.application.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class FieldSpecTest {

    private static final LocalDate CUTOFF = LocalDate.of(2026, 6, 30);

    private final FieldSpec level = FieldSpec.choice("carriers.level", true, "NATIONAL", "PROVINCIAL");
    private final FieldSpec issueDate = FieldSpec.dateUpToCutoff("policies.issueDate", true);
    private final FieldSpec fillDate = FieldSpec.required("cover.fillDate", FieldKind.DATE);

    @Test
    void aChoiceOutsideItsOptionsIsInvalid() {
        assertThat(level.problem("PROVINCIAL", CUTOFF)).isEmpty();
        assertThat(level.problem("COUNTY", CUTOFF)).contains("form.invalid.CHOICE");
        assertThat(level.problem("provincial", CUTOFF)).contains("form.invalid.CHOICE");
    }

    @Test
    void aDateAfterTheCutoffIsInvalidWhenTheFieldIsBoundedByIt() {
        assertThat(issueDate.problem("2026-06-30", CUTOFF)).isEmpty();
        assertThat(issueDate.problem("2026-07-01", CUTOFF)).contains("form.invalid.afterCutoff");
    }

    @Test
    void aDateAfterTheCutoffIsFineWhenTheFieldIsNotBoundedByIt() {
        assertThat(fillDate.problem("2026-07-01", CUTOFF)).isEmpty();
    }

    @Test
    void anImpossibleDateIsReportedAsInvalidDateRatherThanAfterCutoff() {
        assertThat(issueDate.problem("2026-02-30", CUTOFF)).contains("form.invalid.DATE");
    }

    @Test
    void blankValuesAreNoProblemHereBecauseTheCompletenessCheckReportsThemAsMissing() {
        assertThat(issueDate.problem(null, CUTOFF)).isEmpty();
        assertThat(issueDate.problem("", CUTOFF)).isEmpty();
        assertThat(issueDate.problem("   ", CUTOFF)).isEmpty();
        assertThat(level.problem(" ", CUTOFF)).isEmpty();
    }

    @Test
    void tooLongTextIsReported() {
        FieldSpec name = FieldSpec.required("policies.name", FieldKind.TEXT);

        assertThat(name.problem("政".repeat(200), CUTOFF)).isEmpty();
        assertThat(name.problem("政".repeat(201), CUTOFF)).contains("form.invalid.tooLong");
    }

    @Test
    void theKindsCheckAppliesToTheField() {
        FieldSpec mobile = FieldSpec.required("basic.headMobile", FieldKind.MOBILE);

        assertThat(mobile.problem("13812345678", CUTOFF)).isEmpty();
        assertThat(mobile.problem("12812345678", CUTOFF)).contains("form.invalid.MOBILE");
    }

    @Test
    void messageKeysAndHtmlIdFollowTheKey() {
        assertThat(level.labelKey()).isEqualTo("form.field.carriers.level");
        assertThat(level.hintKey()).isEqualTo("form.hint.carriers.level");
        assertThat(level.optionKey("NATIONAL")).isEqualTo("form.option.carriers.level.NATIONAL");
        assertThat(level.htmlId()).isEqualTo("carriers-level");
        assertThat(level.name()).isEqualTo("level");
    }

    @Test
    void optionsAreCopiedSoTheSpecCannotChange() {
        var options = new java.util.ArrayList<>(List.of("A"));
        FieldSpec spec = new FieldSpec("x.y", FieldKind.CHOICE, false, options, false);
        options.add("B");

        assertThat(spec.options()).containsExactly("A");
        assertThat(spec.problem("B", CUTOFF)).contains("form.invalid.CHOICE");
    }
}
