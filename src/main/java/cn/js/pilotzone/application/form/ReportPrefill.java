package cn.js.pilotzone.application.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A new report starts from what the park has already told: its basic information and its public
 * service platforms from its last report, or from its application if this is its first report. The
 * park corrects what changed instead of typing everything again.
 */
public final class ReportPrefill {

    /** Appendix A's fields that hold the same facts as the basic information of Appendix C. */
    private static final Map<String, String> FROM_APPLICATION = Map.ofEntries(
            Map.entry("cover.unitName", "reportBasic.unitName"),
            Map.entry("basic.leadingIndustry", "reportBasic.specialIndustry"),
            Map.entry("basic.website", "reportBasic.website"),
            Map.entry("basic.headName", "reportBasic.headName"),
            Map.entry("basic.headTitle", "reportBasic.headTitle"),
            Map.entry("basic.headMobile", "reportBasic.headMobile"),
            Map.entry("basic.headEmail", "reportBasic.headEmail"),
            Map.entry("basic.contactName", "reportBasic.contactName"),
            Map.entry("basic.contactTitle", "reportBasic.contactTitle"),
            Map.entry("basic.contactMobile", "reportBasic.contactMobile"),
            Map.entry("basic.contactEmail", "reportBasic.contactEmail"),
            Map.entry("basic.contactAddress", "reportBasic.contactAddress"));

    /** Facts that stay true from one report to the next; everything "new" starts empty. */
    private static final List<String> CARRIED_FIELDS = List.of("environment.workPlan", "environment.infrastructure");

    private ReportPrefill() {
    }

    public static FormContent of(FormContent application, Optional<FormContent> lastReport) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (lastReport.isPresent()) {
            lastReport.get().fields().forEach((key, value) -> {
                if (key.startsWith("reportBasic.") || CARRIED_FIELDS.contains(key)) {
                    fields.put(key, value);
                }
            });
            return FormContent.empty().withFields(fields)
                    .withRows(AppendixC.PLATFORMS.key(), lastReport.get().rows(AppendixC.PLATFORMS.key()));
        }
        FROM_APPLICATION.forEach((from, to) -> fields.put(to, application.field(from)));
        List<Map<String, String>> platforms = application.rows(AppendixA.CARRIERS.key()).stream()
                .filter(row -> "PUBLIC_SERVICE_PLATFORM".equals(row.get("kind")))
                .map(row -> platform(row.getOrDefault("name", ""), row.getOrDefault("hostUnit", "")))
                .toList();
        return FormContent.empty().withFields(fields).withRows(AppendixC.PLATFORMS.key(), platforms);
    }

    private static Map<String, String> platform(String name, String hostUnit) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("name", name);
        if (!hostUnit.isBlank()) {
            row.put("description", hostUnit);
        }
        return row;
    }
}
