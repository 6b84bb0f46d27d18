package cn.js.pilotzone.application.form;

import static cn.js.pilotzone.application.form.FieldKind.AMOUNT;
import static cn.js.pilotzone.application.form.FieldKind.CREDIT_CODE;
import static cn.js.pilotzone.application.form.FieldKind.EMAIL;
import static cn.js.pilotzone.application.form.FieldKind.LONG_TEXT;
import static cn.js.pilotzone.application.form.FieldKind.MOBILE;
import static cn.js.pilotzone.application.form.FieldKind.TEXT;
import static cn.js.pilotzone.application.form.FieldKind.WEBSITE;
import static cn.js.pilotzone.application.form.FieldSpec.choice;
import static cn.js.pilotzone.application.form.FieldSpec.dateUpToCutoff;
import static cn.js.pilotzone.application.form.FieldSpec.optional;
import static cn.js.pilotzone.application.form.FieldSpec.required;
import static cn.js.pilotzone.application.form.SectionSpec.Evidence.NONE;
import static cn.js.pilotzone.application.form.SectionSpec.Evidence.OPTIONAL;
import static cn.js.pilotzone.application.form.SectionSpec.Evidence.REQUIRED;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report of Appendix C (《江苏省区块链技术创新应用报告（XX区域）》) in the three forms a designated
 * park files it: the annual report of §7.1, the development report of a re-evaluation (§7.2.2.1,
 * which Table 3 calls 发展报告: one document, DOMAIN.md defect 5), and the report on a rectification.
 * The rosters list what is new since the park last reported; earlier entries are recognised by the
 * columns named in {@link #EARLIER}.
 */
public final class AppendixC {

    public static final RosterSpec POLICIES = new RosterSpec("reportPolicies", List.of(
            required("reportPolicies.name", TEXT),
            optional("reportPolicies.documentNumber", TEXT),
            dateUpToCutoff("reportPolicies.issueDate", true)), 0, "name");

    public static final RosterSpec ENTERPRISES = new RosterSpec("newEnterprises", List.of(
            required("newEnterprises.name", TEXT),
            required("newEnterprises.creditCode", CREDIT_CODE),
            required("newEnterprises.revenue", AMOUNT),
            required("newEnterprises.direction", TEXT),
            required("newEnterprises.profile", LONG_TEXT)), 0, "creditCode");

    public static final RosterSpec PLATFORMS = new RosterSpec("platforms", List.of(
            required("platforms.name", TEXT),
            optional("platforms.description", TEXT)), 0, "name");

    public static final RosterSpec INTELLECTUAL_PROPERTY = new RosterSpec("newIp", List.of(
            required("newIp.name", TEXT),
            required("newIp.enterprise", TEXT),
            required("newIp.applicant", TEXT),
            dateUpToCutoff("newIp.applicationDate", true),
            choice("newIp.result", true, "PENDING", "GRANTED", "REJECTED")), 0, "name");

    public static final RosterSpec STANDARDS = new RosterSpec("newStandards", List.of(
            required("newStandards.name", TEXT),
            optional("newStandards.number", TEXT),
            required("newStandards.participants", TEXT),
            required("newStandards.summary", LONG_TEXT)), 0, "name");

    public static final RosterSpec LABORATORIES = new RosterSpec("laboratories", List.of(
            required("laboratories.name", TEXT),
            required("laboratories.hostUnit", TEXT),
            optional("laboratories.supervisor", TEXT),
            required("laboratories.region", TEXT)), 0, "name");

    /** A reported row is new unless its column held the same value in one of these earlier rosters. */
    public static final Map<RosterSpec, List<EarlierColumn>> EARLIER = Map.of(
            POLICIES, List.of(new EarlierColumn("policies", "name"), new EarlierColumn("reportPolicies", "name")),
            ENTERPRISES, List.of(new EarlierColumn("enterprises", "creditCode"),
                    new EarlierColumn("newEnterprises", "creditCode")),
            INTELLECTUAL_PROPERTY, List.of(new EarlierColumn("ip", "title"), new EarlierColumn("newIp", "name")),
            STANDARDS, List.of(new EarlierColumn("standards", "name"), new EarlierColumn("newStandards", "name")),
            LABORATORIES, List.of(new EarlierColumn("carriers", "name"), new EarlierColumn("laboratories", "name")));

    /** A column of an earlier form that names the same things as a roster of this one. */
    public record EarlierColumn(String roster, String column) {
    }

    private static final SectionSpec BASIC = new SectionSpec("reportBasic", List.of(
            required("reportBasic.unitName", TEXT),
            required("reportBasic.specialIndustry", TEXT),
            optional("reportBasic.website", WEBSITE),
            required("reportBasic.headName", TEXT),
            required("reportBasic.headTitle", TEXT),
            required("reportBasic.headMobile", MOBILE),
            required("reportBasic.headEmail", EMAIL),
            required("reportBasic.contactName", TEXT),
            required("reportBasic.contactTitle", TEXT),
            required("reportBasic.contactMobile", MOBILE),
            required("reportBasic.contactEmail", EMAIL),
            required("reportBasic.contactAddress", TEXT)), List.of(), NONE);

    private static final List<SectionSpec> BODY = List.of(
            new SectionSpec("environment", List.of(
                    choice("environment.workPlan", true, "YES", "NO"),
                    required("environment.infrastructure", LONG_TEXT)), List.of(POLICIES), OPTIONAL),
            new SectionSpec("growth", List.of(), List.of(ENTERPRISES), OPTIONAL),
            new SectionSpec("service", List.of(
                    required("service.security", LONG_TEXT)),
                    List.of(PLATFORMS, INTELLECTUAL_PROPERTY, STANDARDS, LABORATORIES), OPTIONAL),
            new SectionSpec("showcase", List.of(
                    required("showcase.narrative", LONG_TEXT)), List.of(), OPTIONAL),
            new SectionSpec("plan", List.of(
                    required("plan.goals", LONG_TEXT),
                    required("plan.tasks", LONG_TEXT),
                    required("plan.funding", LONG_TEXT),
                    optional("plan.budget", AMOUNT),
                    required("plan.measures", LONG_TEXT)), List.of(), NONE));

    /** §7.2.2.1 asks the re-evaluated park for its overview and its development since the last evaluation. */
    private static final SectionSpec DEVELOPMENT = new SectionSpec("development", List.of(
            required("development.overview", LONG_TEXT),
            required("development.sinceLast", LONG_TEXT)), List.of(), REQUIRED);

    private static final SectionSpec RECTIFICATION = new SectionSpec("remedy", List.of(
            required("remedy.measures", LONG_TEXT),
            required("remedy.results", LONG_TEXT),
            optional("remedy.outstanding", LONG_TEXT)), List.of(), REQUIRED);

    public static final FormSchema ANNUAL = new FormSchema("annualReport", with(BASIC, List.of(), BODY), false);

    public static final FormSchema RE_EVALUATION = new FormSchema("reEvaluationReport",
            with(BASIC, List.of(DEVELOPMENT), BODY), false);

    public static final FormSchema RECTIFICATION_REPORT = new FormSchema("rectificationReport",
            List.of(BASIC, RECTIFICATION), false);

    private AppendixC() {
    }

    private static List<SectionSpec> with(SectionSpec first, List<SectionSpec> middle, List<SectionSpec> rest) {
        List<SectionSpec> all = new ArrayList<>();
        all.add(first);
        all.addAll(middle);
        all.addAll(rest);
        return all;
    }
}
