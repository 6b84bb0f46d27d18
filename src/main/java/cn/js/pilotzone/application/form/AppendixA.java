package cn.js.pilotzone.application.form;

import static cn.js.pilotzone.application.form.FieldKind.AMOUNT;
import static cn.js.pilotzone.application.form.FieldKind.AREA;
import static cn.js.pilotzone.application.form.FieldKind.COUNT;
import static cn.js.pilotzone.application.form.FieldKind.CREDIT_CODE;
import static cn.js.pilotzone.application.form.FieldKind.DATE;
import static cn.js.pilotzone.application.form.FieldKind.EMAIL;
import static cn.js.pilotzone.application.form.FieldKind.FLAG;
import static cn.js.pilotzone.application.form.FieldKind.LONG_TEXT;
import static cn.js.pilotzone.application.form.FieldKind.MOBILE;
import static cn.js.pilotzone.application.form.FieldKind.PHONE;
import static cn.js.pilotzone.application.form.FieldKind.POSTCODE;
import static cn.js.pilotzone.application.form.FieldKind.SIGNED_AMOUNT;
import static cn.js.pilotzone.application.form.FieldKind.TEXT;
import static cn.js.pilotzone.application.form.FieldKind.WEBSITE;
import static cn.js.pilotzone.application.form.FieldSpec.choice;
import static cn.js.pilotzone.application.form.FieldSpec.dateUpToCutoff;
import static cn.js.pilotzone.application.form.FieldSpec.optional;
import static cn.js.pilotzone.application.form.FieldSpec.required;
import static cn.js.pilotzone.application.form.SectionSpec.Evidence.NONE;
import static cn.js.pilotzone.application.form.SectionSpec.Evidence.REQUIRED;

import java.util.List;

/**
 * The form of Appendix A (评估申报书), field by field. Every page, check, spreadsheet and printed
 * document of an application is driven by this one definition, so they cannot drift apart.
 */
public final class AppendixA {

    public static final RosterSpec POLICIES = new RosterSpec("policies", List.of(
            required("policies.name", TEXT),
            optional("policies.documentNumber", TEXT),
            dateUpToCutoff("policies.issueDate", true),
            required("policies.issuer", TEXT)), 1, null);

    public static final RosterSpec ENTERPRISES = new RosterSpec("enterprises", List.of(
            required("enterprises.name", TEXT),
            required("enterprises.creditCode", CREDIT_CODE),
            required("enterprises.industry", TEXT),
            required("enterprises.output", AMOUNT),
            required("enterprises.revenue", AMOUNT),
            required("enterprises.profit", SIGNED_AMOUNT),
            required("enterprises.employees", COUNT),
            required("enterprises.businessScope", LONG_TEXT),
            required("enterprises.leading", FLAG)), 1, "creditCode");

    public static final RosterSpec CARRIERS = new RosterSpec("carriers", List.of(
            choice("carriers.kind", true, "PUBLIC_SERVICE_PLATFORM", "KEY_LABORATORY", "ENGINEERING_CENTRE",
                    "ENTERPRISE_CENTRE"),
            required("carriers.name", TEXT),
            required("carriers.hostUnit", TEXT),
            optional("carriers.supervisor", TEXT),
            choice("carriers.level", true, "NATIONAL", "PROVINCIAL", "MUNICIPAL", "OTHER")), 0, null);

    public static final RosterSpec INTELLECTUAL_PROPERTY = new RosterSpec("ip", List.of(
            choice("ip.kind", true, "SOFTWARE_COPYRIGHT", "INVENTION_PATENT", "UTILITY_MODEL", "DESIGN_PATENT"),
            required("ip.number", TEXT),
            required("ip.title", TEXT),
            required("ip.owner", TEXT),
            dateUpToCutoff("ip.applicationDate", true),
            dateUpToCutoff("ip.grantDate", false),
            choice("ip.status", true, "PENDING", "GRANTED", "LAPSED")), 0, "number");

    public static final RosterSpec STANDARDS = new RosterSpec("standards", List.of(
            required("standards.name", TEXT),
            optional("standards.number", TEXT),
            choice("standards.role", true, "LEAD", "PARTICIPATE"),
            choice("standards.level", true, "INTERNATIONAL", "NATIONAL", "INDUSTRY", "LOCAL", "GROUP")), 0, null);

    public static final RosterSpec PROJECTS = new RosterSpec("projects", List.of(
            required("projects.name", TEXT),
            choice("projects.level", true, "PROVINCIAL", "MUNICIPAL", "REGIONAL_KEY"),
            dateUpToCutoff("projects.selectedOn", false)), 0, null);

    public static final RosterSpec EVENTS = new RosterSpec("events", List.of(
            choice("events.kind", true, "TRAINING", "FORUM", "SUMMIT", "EXHIBITION", "CONTEST"),
            required("events.name", TEXT),
            dateUpToCutoff("events.date", true),
            optional("events.participants", COUNT)), 0, null);

    public static final List<SectionSpec> SECTIONS = List.of(
            new SectionSpec("cover", List.of(
                    required("cover.unitName", TEXT),
                    required("cover.address", TEXT),
                    required("cover.postcode", POSTCODE),
                    required("cover.unitHead", TEXT),
                    required("cover.contactPerson", TEXT),
                    required("cover.contactPhone", PHONE),
                    required("cover.fillDate", DATE)), List.of(), NONE),
            new SectionSpec("basic", List.of(
                    required("basic.leadingIndustry", TEXT),
                    optional("basic.website", WEBSITE),
                    required("basic.headName", TEXT),
                    required("basic.headTitle", TEXT),
                    required("basic.headMobile", MOBILE),
                    required("basic.headEmail", EMAIL),
                    required("basic.contactName", TEXT),
                    required("basic.contactTitle", TEXT),
                    required("basic.contactMobile", MOBILE),
                    required("basic.contactEmail", EMAIL),
                    required("basic.contactAddress", TEXT)), List.of(), NONE),
            new SectionSpec("overview", List.of(
                    required("overview.location", TEXT),
                    required("overview.area", AREA),
                    required("overview.administration", LONG_TEXT),
                    required("overview.population", COUNT),
                    required("overview.industrialStructure", LONG_TEXT),
                    required("overview.economy", LONG_TEXT)), List.of(), NONE),
            new SectionSpec("safeguard", List.of(
                    required("safeguard.policies", LONG_TEXT),
                    required("safeguard.positioning", LONG_TEXT),
                    required("safeguard.infrastructure", LONG_TEXT)), List.of(POLICIES), REQUIRED),
            new SectionSpec("industry", List.of(
                    required("industry.enterprises", LONG_TEXT),
                    required("industry.platformAndTalent", LONG_TEXT),
                    required("industry.specialisation", LONG_TEXT)), List.of(ENTERPRISES), REQUIRED),
            new SectionSpec("innovation", List.of(
                    required("innovation.carriers", LONG_TEXT),
                    required("innovation.research", LONG_TEXT),
                    required("innovation.intellectualProperty", LONG_TEXT),
                    required("innovation.standards", LONG_TEXT),
                    required("innovation.security", LONG_TEXT)), List.of(CARRIERS, INTELLECTUAL_PROPERTY, STANDARDS),
                    REQUIRED),
            new SectionSpec("demonstration", List.of(
                    required("demonstration.scenarios", LONG_TEXT),
                    required("demonstration.results", LONG_TEXT),
                    required("demonstration.promotion", LONG_TEXT),
                    required("demonstration.guidance", LONG_TEXT)), List.of(PROJECTS, EVENTS), REQUIRED));

    public static final FormSchema SCHEMA = new FormSchema("appendixA", SECTIONS, true);

    private AppendixA() {
    }
}
