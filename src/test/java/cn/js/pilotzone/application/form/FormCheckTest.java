package cn.js.pilotzone.application.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.js.pilotzone.common.CreditCode;

class FormCheckTest {

    private static final LocalDate CUTOFF = LocalDate.of(2026, 6, 30);
    private static final List<String> CONDITION_SECTIONS = List.of("safeguard", "industry", "innovation", "demonstration");
    private static final Map<String, Integer> EVIDENCE = CONDITION_SECTIONS.stream()
            .collect(Collectors.toMap(s -> s, s -> 1));
    private static final Set<String> ALL_VETO = Arrays.stream(VetoActivity.values()).map(Enum::name)
            .collect(Collectors.toSet());

    /** One valid value for each kind of field. */
    private static String validValue(FieldSpec spec) {
        return switch (spec.kind()) {
            case TEXT -> "示例";
            case LONG_TEXT -> "园区已建立区块链工作机制。";
            case MOBILE -> "13812345678";
            case PHONE -> "025-83331234";
            case POSTCODE -> "210000";
            case EMAIL -> "contact@example.gov.cn";
            case WEBSITE -> "https://www.example.gov.cn";
            case DATE -> "2026-03-15";
            case AMOUNT -> "1200.5";
            case SIGNED_AMOUNT -> "-30";
            case AREA -> "12.5";
            case COUNT -> "12";
            case CREDIT_CODE -> FieldKindTest.validCreditCode();
            case CHOICE -> spec.key().equals("ip.status") ? "GRANTED" : spec.options().get(0);
            case FLAG -> "true";
        };
    }

    private static Map<String, String> validRow(RosterSpec roster) {
        Map<String, String> row = new LinkedHashMap<>();
        for (FieldSpec column : roster.columns()) {
            row.put(column.name(), validValue(column));
        }
        return row;
    }

    private static FormContent validContent() {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, List<Map<String, String>>> rosters = new LinkedHashMap<>();
        for (SectionSpec section : AppendixA.SECTIONS) {
            section.fields().forEach(f -> fields.put(f.key(), validValue(f)));
            section.rosters().forEach(r -> rosters.put(r.key(), List.of(validRow(r))));
        }
        return new FormContent(fields, rosters, ALL_VETO);
    }

    private static String otherCreditCode() {
        String first17 = "91320500MA2B3C4D5";
        return first17 + CreditCode.checkCharacter(first17);
    }

    @Test
    void aFullyValidFormWithEvidenceAndEveryVetoDeclaredHasNoIssues() {
        assertThat(FormCheck.completeness(AppendixA.SCHEMA, validContent(), CUTOFF, EVIDENCE)).isEmpty();
    }

    @Test
    void anEmptyFormListsEveryRequiredFieldAsMissing() {
        List<Issue> issues = FormCheck.completeness(AppendixA.SCHEMA, FormContent.empty(), CUTOFF, Map.of());

        for (SectionSpec section : AppendixA.SECTIONS) {
            for (FieldSpec field : section.fields()) {
                var expected = Issue.of(section.key(), field.htmlId(), field.labelKey(), "form.missing.value");
                if (field.required()) {
                    assertThat(issues).as(field.key()).contains(expected);
                } else {
                    assertThat(issues).as(field.key()).doesNotContain(expected);
                }
            }
        }
        long required = AppendixA.SECTIONS.stream().flatMap(s -> s.fields().stream()).filter(FieldSpec::required).count();
        assertThat(issues).filteredOn(i -> i.messageKey().equals("form.missing.value")).hasSize((int) required);
    }

    @Test
    void anEmptyFormLacksPolicyAndEnterpriseRowsEvidenceForTheFourConditionSectionsAndTheVetoDeclaration() {
        List<Issue> issues = FormCheck.completeness(AppendixA.SCHEMA, FormContent.empty(), CUTOFF, Map.of());

        assertThat(issues).filteredOn(i -> i.messageKey().equals("form.missing.rows"))
                .extracting(Issue::section, Issue::anchor, Issue::labelKey, Issue::args)
                .containsExactly(
                        tuple("safeguard", "roster-policies", "form.roster.policies", List.of(1)),
                        tuple("industry", "roster-enterprises", "form.roster.enterprises", List.of(1)));
        assertThat(issues).filteredOn(i -> i.messageKey().equals("form.missing.evidence"))
                .extracting(Issue::section, Issue::anchor, Issue::labelKey)
                .containsExactly(
                        tuple("safeguard", "evidence", "evidence.title"),
                        tuple("industry", "evidence", "evidence.title"),
                        tuple("innovation", "evidence", "evidence.title"),
                        tuple("demonstration", "evidence", "evidence.title"));
        assertThat(issues).filteredOn(i -> i.messageKey().equals("form.missing.vetoDeclaration"))
                .containsExactly(Issue.of("veto", "veto-declaration", "veto.title", "form.missing.vetoDeclaration"));
        assertThat(issues).extracting(Issue::messageKey).containsOnly("form.missing.value", "form.missing.rows",
                "form.missing.evidence", "form.missing.vetoDeclaration");
    }

    @Test
    void issuesComeInTheOrderOfTheSectionsWithTheVetoDeclarationLast() {
        List<Issue> issues = FormCheck.completeness(AppendixA.SCHEMA, FormContent.empty(), CUTOFF, Map.of());

        List<String> order = new ArrayList<>(AppendixA.SCHEMA.sectionKeys());
        order.add("veto");
        List<Integer> positions = issues.stream().map(i -> order.indexOf(i.section())).toList();
        assertThat(positions).doesNotContain(-1).isSorted();
        assertThat(issues.stream().map(Issue::section).distinct().toList()).isEqualTo(order);
        assertThat(issues.get(issues.size() - 1).section()).isEqualTo("veto");
    }

    @Test
    void withinASectionFieldsComeFirstThenRostersThenEvidence() {
        List<Issue> industry = FormCheck.completeness(AppendixA.SCHEMA, FormContent.empty(), CUTOFF, Map.of()).stream()
                .filter(i -> i.section().equals("industry")).toList();

        assertThat(industry).extracting(Issue::messageKey).containsExactly("form.missing.value",
                "form.missing.value", "form.missing.value", "form.missing.rows", "form.missing.evidence");
    }

    @Test
    void aPartialVetoDeclarationIsStillAnIssue() {
        Set<String> allButOne = ALL_VETO.stream().filter(n -> !n.equals(VetoActivity.DERIVATIVES.name()))
                .collect(Collectors.toSet());
        FormContent content = validContent().withVetoDeclared(allButOne);

        assertThat(FormCheck.completeness(AppendixA.SCHEMA, content, CUTOFF, EVIDENCE)).extracting(Issue::messageKey)
                .containsExactly("form.missing.vetoDeclaration");
    }

    @Test
    void anInvalidFieldIsReportedWithItsProblem() {
        FormContent content = validContent().withFields(Map.of("cover.postcode", "21000"));

        assertThat(FormCheck.completeness(AppendixA.SCHEMA, content, CUTOFF, EVIDENCE))
                .containsExactly(Issue.of("cover", "cover-postcode", "form.field.cover.postcode", "form.invalid.POSTCODE"));
    }

    @Test
    void aDuplicateCreditCodeIsReportedOnTheLaterRow() {
        var enterprises = AppendixA.ENTERPRISES;
        Map<String, String> first = validRow(enterprises);
        Map<String, String> second = new LinkedHashMap<>(validRow(enterprises));
        second.put("creditCode", otherCreditCode());
        Map<String, String> third = new LinkedHashMap<>(validRow(enterprises));
        third.put("name", "另一家企业");
        FormContent content = validContent().withRows("enterprises", List.of(first, second, third));

        assertThat(FormCheck.duplicateRows(enterprises, content.rows("enterprises"))).containsExactly(3);
        assertThat(FormCheck.completeness(AppendixA.SCHEMA, content, CUTOFF, EVIDENCE)).containsExactly(
                Issue.inRow("industry", "roster-enterprises", "form.field.enterprises.creditCode", 3,
                        "form.invalid.duplicate"));
    }

    @Test
    void duplicatesAreFoundIgnoringCaseAndSurroundingSpaces() {
        List<Map<String, String>> rows = List.of(Map.of("number", "2024SR123456"), Map.of("number", " 2024sr123456 "),
                Map.of("number", "2024SR999999"));

        assertThat(FormCheck.duplicateRows(AppendixA.INTELLECTUAL_PROPERTY, rows)).containsExactly(2);
    }

    @Test
    void rostersWithoutAUniqueColumnHaveNoDuplicates() {
        var row = validRow(AppendixA.POLICIES);

        assertThat(FormCheck.duplicateRows(AppendixA.POLICIES, List.of(row, row))).isEmpty();
    }

    @Test
    void anIntellectualPropertyGrantedBeforeItWasAppliedForIsInvalid() {
        Map<String, String> row = new LinkedHashMap<>(validRow(AppendixA.INTELLECTUAL_PROPERTY));
        row.put("applicationDate", "2025-05-01");
        row.put("grantDate", "2025-04-30");

        assertThat(FormCheck.rowProblems(AppendixA.INTELLECTUAL_PROPERTY, row, CUTOFF))
                .containsExactly(Map.entry("ip.grantDate", "form.invalid.grantBeforeApplication"));

        FormContent content = validContent().withRows("ip", List.of(row));
        assertThat(FormCheck.completeness(AppendixA.SCHEMA, content, CUTOFF, EVIDENCE)).containsExactly(
                Issue.inRow("innovation", "roster-ip", "form.field.ip.grantDate", 1,
                        "form.invalid.grantBeforeApplication"));
    }

    @Test
    void anIntellectualPropertyGrantedOnTheDayItWasAppliedForIsFine() {
        Map<String, String> row = new LinkedHashMap<>(validRow(AppendixA.INTELLECTUAL_PROPERTY));
        row.put("applicationDate", "2025-05-01");
        row.put("grantDate", "2025-05-01");

        assertThat(FormCheck.rowProblems(AppendixA.INTELLECTUAL_PROPERTY, row, CUTOFF)).isEmpty();
    }

    @Test
    void aPendingApplicationHasNoGrantDateAndAGrantedOneNeedsIt() {
        Map<String, String> pending = new LinkedHashMap<>(validRow(AppendixA.INTELLECTUAL_PROPERTY));
        pending.put("status", "PENDING");
        Map<String, String> granted = new LinkedHashMap<>(validRow(AppendixA.INTELLECTUAL_PROPERTY));
        granted.put("status", "GRANTED");
        granted.remove("grantDate");

        assertThat(FormCheck.rowProblems(AppendixA.INTELLECTUAL_PROPERTY, pending, CUTOFF))
                .containsExactly(Map.entry("ip.grantDate", "form.invalid.pendingWithGrantDate"));
        assertThat(FormCheck.rowProblems(AppendixA.INTELLECTUAL_PROPERTY, granted, CUTOFF))
                .containsExactly(Map.entry("ip.grantDate", "form.invalid.grantDateRequired"));
    }

    @Test
    void aBlankRequiredCellIsMissingForItsColumn() {
        Map<String, String> row = new LinkedHashMap<>(validRow(AppendixA.ENTERPRISES));
        row.put("industry", " ");
        row.remove("employees");

        assertThat(FormCheck.rowProblems(AppendixA.ENTERPRISES, row, CUTOFF)).containsOnly(
                Map.entry("enterprises.industry", "form.missing.value"),
                Map.entry("enterprises.employees", "form.missing.value"));

        Map<String, String> first = new LinkedHashMap<>(validRow(AppendixA.ENTERPRISES));
        first.put("creditCode", otherCreditCode());
        FormContent content = validContent().withRows("enterprises", List.of(first, row));
        assertThat(FormCheck.completeness(AppendixA.SCHEMA, content, CUTOFF, EVIDENCE)).containsExactly(
                Issue.inRow("industry", "roster-enterprises", "form.field.enterprises.industry", 2, "form.missing.value"),
                Issue.inRow("industry", "roster-enterprises", "form.field.enterprises.employees", 2, "form.missing.value"));
    }

    @Test
    void aBlankOptionalCellIsFine() {
        Map<String, String> row = new LinkedHashMap<>(validRow(AppendixA.POLICIES));
        row.remove("documentNumber");

        assertThat(FormCheck.rowProblems(AppendixA.POLICIES, row, CUTOFF)).isEmpty();
    }

    @Test
    void aRowDateAfterTheCutoffIsInvalid() {
        Map<String, String> row = new LinkedHashMap<>(validRow(AppendixA.POLICIES));
        row.put("issueDate", "2026-07-01");

        assertThat(FormCheck.rowProblems(AppendixA.POLICIES, row, CUTOFF))
                .containsExactly(Map.entry("policies.issueDate", "form.invalid.afterCutoff"));
    }

    @Test
    void invalidFieldsListsOnlyNonBlankWrongValuesOfTheSection() {
        SectionSpec basic = AppendixA.SCHEMA.section("basic").orElseThrow();
        FormContent content = FormContent.empty().withFields(Map.of("basic.headMobile", "12812345678",
                "basic.website", "ftp://example.cn", "basic.headEmail", "head@example.cn"));

        assertThat(FormCheck.invalidFields(basic, content, CUTOFF)).containsOnly(
                Map.entry("basic.headMobile", "form.invalid.MOBILE"),
                Map.entry("basic.website", "form.invalid.WEBSITE"));
    }

    @Test
    void missingEvidenceIsReportedOnlyForSectionsWithoutFiles() {
        Map<String, Integer> evidence = new LinkedHashMap<>(EVIDENCE);
        evidence.put("innovation", 0);

        assertThat(FormCheck.completeness(AppendixA.SCHEMA, validContent(), CUTOFF, evidence))
                .containsExactly(Issue.of("innovation", "evidence", "evidence.title", "form.missing.evidence"));
    }
}
