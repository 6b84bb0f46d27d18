package cn.js.pilotzone.application.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The figures the indicators ask for, computed from the rosters: shown to the park while it fills
 * the form and frozen with each submitted version for the reviewers. Amounts are in 万元; a value
 * that is not a valid number yet is left out of the totals until it is corrected.
 */
public record IndicatorFigures(int enterprises, int leadingEnterprises, SpecialisationShare.Result specialisation,
        LocalDate ipWindowFrom, LocalDate ipWindowTo, int recentSoftwareCopyrights, int recentPatents,
        BigDecimal totalOutput, BigDecimal totalRevenue, BigDecimal totalProfit, int standardsLed,
        int standardsJoined) {

    public int recentIntellectualProperty() {
        return recentSoftwareCopyrights + recentPatents;
    }

    public static IndicatorFigures of(FormContent content, LocalDate cutoff) {
        List<Map<String, String>> enterprises = content.rows(AppendixA.ENTERPRISES.key());
        List<String> industries = enterprises.stream().map(r -> r.getOrDefault("industry", ""))
                .filter(i -> !i.isBlank()).toList();
        RecentIntellectualProperty window = RecentIntellectualProperty.endingOn(cutoff);
        List<Map<String, String>> recentIp = content.rows(AppendixA.INTELLECTUAL_PROPERTY.key()).stream()
                .filter(r -> !"PENDING".equals(r.get("status")))
                .filter(r -> window.counts(FieldKind.date(r.getOrDefault("grantDate", "")).orElse(null)))
                .toList();
        long copyrights = recentIp.stream().filter(r -> "SOFTWARE_COPYRIGHT".equals(r.get("kind"))).count();
        List<Map<String, String>> standards = content.rows(AppendixA.STANDARDS.key());
        return new IndicatorFigures(enterprises.size(),
                (int) enterprises.stream().filter(r -> "true".equals(r.get("leading"))).count(),
                SpecialisationShare.of(industries), window.from(), window.to(),
                (int) copyrights, (int) (recentIp.size() - copyrights),
                total(enterprises, "output"), total(enterprises, "revenue"), total(enterprises, "profit"),
                count(standards, r -> "LEAD".equals(r.get("role"))),
                count(standards, r -> "PARTICIPATE".equals(r.get("role"))));
    }

    private static BigDecimal total(List<Map<String, String>> rows, String column) {
        return rows.stream().map(r -> FieldKind.decimal(r.getOrDefault(column, "")))
                .flatMap(java.util.Optional::stream).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static int count(List<Map<String, String>> rows, Predicate<Map<String, String>> which) {
        return (int) rows.stream().filter(which).count();
    }
}
