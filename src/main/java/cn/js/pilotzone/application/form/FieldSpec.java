package cn.js.pilotzone.application.form;

import java.util.List;
import java.util.Optional;

/**
 * One field of the form or one column of a roster. Its label is the message {@code form.field.<key>};
 * a choice's options are the messages {@code form.option.<key>.<OPTION>}.
 *
 * @param key            unique within the form, {@code section.name} or {@code roster.name}
 * @param notAfterCutoff a date that must not lie after the round's statistics cut-off
 */
public record FieldSpec(String key, FieldKind kind, boolean required, List<String> options, boolean notAfterCutoff) {

    public FieldSpec {
        options = List.copyOf(options);
    }

    static FieldSpec required(String key, FieldKind kind) {
        return new FieldSpec(key, kind, true, List.of(), false);
    }

    static FieldSpec optional(String key, FieldKind kind) {
        return new FieldSpec(key, kind, false, List.of(), false);
    }

    static FieldSpec choice(String key, boolean required, String... options) {
        return new FieldSpec(key, FieldKind.CHOICE, required, List.of(options), false);
    }

    static FieldSpec dateUpToCutoff(String key, boolean required) {
        return new FieldSpec(key, FieldKind.DATE, required, List.of(), true);
    }

    /** The key without its section or roster: the name under which a roster row keeps the value. */
    public String name() {
        return key.substring(key.indexOf('.') + 1);
    }

    public String labelKey() {
        return "form.field." + key;
    }

    /** The sub-item's wording in Appendix A, shown under long answers; absent for other fields. */
    public String hintKey() {
        return "form.hint." + key;
    }

    public String htmlId() {
        return key.replace('.', '-');
    }

    public String optionKey(String option) {
        return "form.option." + key + "." + option;
    }

    /**
     * The message key of what is wrong with a value, if anything; blank values are only wrong in a
     * complete form, so they are reported as missing by the completeness check, not here.
     */
    public Optional<String> problem(String value, java.time.LocalDate cutoff) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (kind == FieldKind.CHOICE && !options.contains(value.strip())) {
            return Optional.of("form.invalid.CHOICE");
        }
        Optional<String> problem = kind.problem(value);
        if (problem.isEmpty() && notAfterCutoff && FieldKind.date(value).filter(d -> d.isAfter(cutoff)).isPresent()) {
            return Optional.of("form.invalid.afterCutoff");
        }
        return problem;
    }
}
