package cn.js.pilotzone.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.js.pilotzone.TestAccounts;
import cn.js.pilotzone.application.form.AppendixA;
import cn.js.pilotzone.application.form.AppendixC;
import cn.js.pilotzone.application.form.FieldKind;
import cn.js.pilotzone.application.form.FormSchema;
import cn.js.pilotzone.application.form.FieldSpec;
import cn.js.pilotzone.application.form.RosterSpec;
import cn.js.pilotzone.application.form.SectionSpec;
import cn.js.pilotzone.application.form.VetoActivity;

/**
 * Fills an application through its pages as a park would: valid values for every field of Appendix
 * A, a few rows in each roster, a file of evidence in each section that asks for one, and the veto
 * declaration. Dates lie well before any test round's cut-off.
 */
public final class SampleApplication {

    public static final String UNIT = "南京示范软件园管理委员会";
    static final String OVERVIEW = "园区位于南京市江宁区，规划面积十二平方公里，集聚软件与信息服务企业。";

    private SampleApplication() {
    }

    /** A small but real PDF header: enough for the type check, which reads the bytes. */
    static byte[] pdfBytes(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A park starts an application in the round, fills it completely and submits it; its id. */
    public static long submitted(MockMvc mvc, MockHttpSession park, cn.js.pilotzone.application.domain.EvaluationRound round)
            throws Exception {
        String location = mvc.perform(post("/rounds/{id}/applications", round.id()).session(park).with(csrf())
                .param("speciality", "区块链+供应链金融")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        fill(mvc, park, id);
        mvc.perform(post("/applications/{id}/submit", id).session(park).with(csrf()));
        return id;
    }

    /** As {@link #submitted}, then recommended by the city, whose sealed letter sends it to the province. */
    public static long forwarded(MockMvc mvc, MockHttpSession park, MockHttpSession city,
            cn.js.pilotzone.application.domain.EvaluationRound round) throws Exception {
        long id = submitted(mvc, park, round);
        mvc.perform(post("/review/cases/{id}/decision", id).session(city).with(csrf()).param("decision", "RECOMMEND")
                .param("opinion", "同意推荐。"));
        mvc.perform(multipart("/review/cases/{id}/sealed", id).file(new MockMultipartFile("file", "盖章推荐函.pdf",
                "application/pdf", pdfBytes("sealed"))).session(city).with(csrf()));
        return id;
    }

    static void fill(MockMvc mvc, MockHttpSession session, long id) throws Exception {
        fill(mvc, session, id, AppendixA.SCHEMA);
    }

    /** Fills every field, three rows of every roster and one file where the form takes evidence. */
    public static void fill(MockMvc mvc, MockHttpSession session, long id, FormSchema schema) throws Exception {
        for (SectionSpec section : schema.sections()) {
            if (!section.fields().isEmpty()) {
                MockHttpServletRequestBuilder request = post("/applications/{id}/sections/{s}", id, section.key())
                        .session(session).with(csrf());
                section.fields().forEach(f -> request.param(f.key(), value(f)));
                assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(302);
            }
            for (RosterSpec roster : section.rosters()) {
                for (int i = 0; i < 3; i++) {
                    addRow(mvc, session, id, roster, row(roster, i));
                }
            }
            if (section.acceptsEvidence()) {
                attach(mvc, session, id, section.key(), "证明材料-" + section.key() + ".pdf", pdfBytes(section.key()));
            }
        }
        if (!schema.vetoDeclaration()) {
            return;
        }
        MockHttpServletRequestBuilder veto = post("/applications/{id}/veto", id).session(session).with(csrf());
        for (VetoActivity activity : VetoActivity.values()) {
            veto.param("declared", activity.name());
        }
        mvc.perform(veto);
    }

    static void addRow(MockMvc mvc, MockHttpSession session, long id, RosterSpec roster, Map<String, String> row)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/applications/{id}/rosters/{r}/rows", id, roster.key())
                .session(session).with(csrf());
        row.forEach(request::param);
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).as("row of %s", roster.key())
                .isEqualTo(302);
    }

    static int attach(MockMvc mvc, MockHttpSession session, long id, String section, String name, byte[] bytes)
            throws Exception {
        return mvc.perform(multipart("/applications/{id}/evidence", id)
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .param("section", section).session(session).with(csrf())).andReturn().getResponse().getStatus();
    }

    /** A valid row; the i-th enterprise is in one of two industries so the 40 % rule holds. */
    static Map<String, String> row(RosterSpec roster, int i) {
        Map<String, String> row = new LinkedHashMap<>();
        for (FieldSpec column : roster.columns()) {
            row.put(column.key(), value(column));
        }
        if (roster == AppendixA.ENTERPRISES) {
            row.put("enterprises.name", "南京链信科技有限公司" + i);
            row.put("enterprises.creditCode", TestAccounts.creditCode());
            row.put("enterprises.industry", i % 2 == 0 ? "供应链金融" : "政务服务");
            // The last enterprise repairs mining rigs: a screening hit that every reader must see.
            row.put("enterprises.businessScope", i == 2 ? "区块链技术开发；矿机维修。" : "区块链技术开发、技术服务；软件开发。");
        }
        if (roster == AppendixA.INTELLECTUAL_PROPERTY) {
            row.put("ip.number", "2025SR00" + i + "123");
        }
        if (roster.uniqueColumn() != null && AppendixC.ANNUAL.roster(roster.key()).isPresent()) {
            // What a report lists must be new: never listed in the application or an earlier report.
            FieldSpec unique = roster.column(roster.key() + "." + roster.uniqueColumn()).orElseThrow();
            row.put(unique.key(), unique.kind() == FieldKind.CREDIT_CODE ? TestAccounts.creditCode()
                    : TestAccounts.uniqueName("新增项目"));
        }
        return row;
    }

    static String value(FieldSpec field) {
        return switch (field.kind()) {
            case TEXT -> field.key().equals("cover.unitName") ? UNIT : "示例内容";
            case LONG_TEXT -> field.key().equals("overview.industrialStructure") ? OVERVIEW
                    : "园区围绕区块链技术创新应用开展工作，形成了较为完善的机制。";
            case MOBILE -> "13812345678";
            case PHONE -> "025-83331234";
            case POSTCODE -> "211100";
            case EMAIL -> "lianluo@example.cn";
            case WEBSITE -> "https://www.example.cn";
            case DATE -> "2025-12-01";
            case AMOUNT -> "1200.5";
            case SIGNED_AMOUNT -> "-30";
            case AREA -> "12.5";
            case COUNT -> "120";
            case CREDIT_CODE -> TestAccounts.creditCode();
            case CHOICE -> field.options().get(field.options().size() > 1 ? 1 : 0);
            case FLAG -> "true";
        };
    }
}
