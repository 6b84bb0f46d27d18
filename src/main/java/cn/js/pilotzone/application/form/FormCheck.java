package cn.js.pilotzone.application.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks typed values against their form. Drafts are shown their invalid values; a submission must
 * pass the completeness check, which also lists what is missing, each with where to fix it.
 */
public final class FormCheck {

    private FormCheck() {
    }

    /** What is wrong with each non-blank field of a section, by field key. */
    public static Map<String, String> invalidFields(SectionSpec section, FormContent content, LocalDate cutoff) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (FieldSpec field : section.fields()) {
            field.problem(content.field(field.key()), cutoff).ifPresent(p -> problems.put(field.key(), p));
        }
        return problems;
    }

    /** What is wrong with one row, by column key; blank required cells are wrong here. */
    public static Map<String, String> rowProblems(RosterSpec roster, Map<String, String> row, LocalDate cutoff) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (FieldSpec column : roster.columns()) {
            String value = FormContent.cell(row, column);
            if (column.required() && value.isBlank()) {
                problems.put(column.key(), "form.missing.value");
            } else {
                column.problem(value, cutoff).ifPresent(p -> problems.put(column.key(), p));
            }
        }
        if (roster == AppendixA.INTELLECTUAL_PROPERTY) {
            grantNotBeforeApplication(row, problems);
        }
        return problems;
    }

    private static void grantNotBeforeApplication(Map<String, String> row, Map<String, String> problems) {
        var applied = FieldKind.date(row.getOrDefault("applicationDate", ""));
        var granted = FieldKind.date(row.getOrDefault("grantDate", ""));
        if (applied.isPresent() && granted.isPresent() && granted.get().isBefore(applied.get())) {
            problems.putIfAbsent("ip.grantDate", "form.invalid.grantBeforeApplication");
        }
        // The status and the grant date must tell the same story: the 3-year count relies on both.
        boolean pending = "PENDING".equals(row.get("status"));
        boolean hasGrantDate = !row.getOrDefault("grantDate", "").isBlank();
        if (pending && hasGrantDate) {
            problems.putIfAbsent("ip.grantDate", "form.invalid.pendingWithGrantDate");
        } else if (!pending && row.containsKey("status") && !hasGrantDate) {
            problems.putIfAbsent("ip.grantDate", "form.invalid.grantDateRequired");
        }
    }

    /** The 1-based numbers of rows that repeat an earlier row's value in the roster's unique column. */
    public static Set<Integer> duplicateRows(RosterSpec roster, List<Map<String, String>> rows) {
        Set<Integer> duplicates = new java.util.TreeSet<>();
        if (roster.uniqueColumn() == null) {
            return duplicates;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String value = rows.get(i).getOrDefault(roster.uniqueColumn(), "").strip().toUpperCase(java.util.Locale.ROOT);
            if (!value.isEmpty() && !seen.add(value)) {
                duplicates.add(i + 1);
            }
        }
        return duplicates;
    }

    /**
     * Everything that keeps the form from being submitted, in the order of the form.
     *
     * @param evidenceBySection how many files are attached to each section
     */
    public static List<Issue> completeness(FormSchema schema, FormContent content, LocalDate cutoff,
            Map<String, Integer> evidenceBySection) {
        List<Issue> issues = new ArrayList<>();
        for (SectionSpec section : schema.sections()) {
            Map<String, String> invalid = invalidFields(section, content, cutoff);
            for (FieldSpec field : section.fields()) {
                if (field.required() && content.field(field.key()).isBlank()) {
                    issues.add(Issue.of(section.key(), field.htmlId(), field.labelKey(), "form.missing.value"));
                } else if (invalid.containsKey(field.key())) {
                    issues.add(Issue.of(section.key(), field.htmlId(), field.labelKey(), invalid.get(field.key())));
                }
            }
            for (RosterSpec roster : section.rosters()) {
                rosterIssues(section, roster, content.rows(roster.key()), cutoff, issues);
            }
            if (section.needsEvidence() && evidenceBySection.getOrDefault(section.key(), 0) == 0) {
                issues.add(Issue.of(section.key(), "evidence", "evidence.title", "form.missing.evidence"));
            }
        }
        if (schema.vetoDeclaration() && !content.vetoDeclared().containsAll(VetoActivity.names())) {
            issues.add(Issue.of("veto", "veto-declaration", "veto.title", "form.missing.vetoDeclaration"));
        }
        return issues;
    }

    private static void rosterIssues(SectionSpec section, RosterSpec roster, List<Map<String, String>> rows,
            LocalDate cutoff, List<Issue> issues) {
        if (rows.size() < roster.minimumRows()) {
            issues.add(Issue.of(section.key(), roster.htmlId(), roster.titleKey(), "form.missing.rows",
                    roster.minimumRows()));
        }
        for (int i = 0; i < rows.size(); i++) {
            for (Map.Entry<String, String> problem : rowProblems(roster, rows.get(i), cutoff).entrySet()) {
                FieldSpec column = roster.column(problem.getKey()).orElseThrow();
                issues.add(Issue.inRow(section.key(), roster.htmlId(), column.labelKey(), i + 1, problem.getValue()));
            }
        }
        for (int row : duplicateRows(roster, rows)) {
            FieldSpec column = roster.column(roster.key() + "." + roster.uniqueColumn()).orElseThrow();
            issues.add(Issue.inRow(section.key(), roster.htmlId(), column.labelKey(), row, "form.invalid.duplicate"));
        }
    }
}
