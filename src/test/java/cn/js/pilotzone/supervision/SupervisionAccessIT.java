package cn.js.pilotzone.supervision;

import static cn.js.pilotzone.WebClientSupport.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.js.pilotzone.Evaluations;
import cn.js.pilotzone.Evaluations.Designated;
import cn.js.pilotzone.IntegrationTest;
import cn.js.pilotzone.MutableClock;
import cn.js.pilotzone.TestAccounts;
import cn.js.pilotzone.application.ApplicationStatus;
import cn.js.pilotzone.application.DossierKind;
import cn.js.pilotzone.identity.ApprovalLevel;
import cn.js.pilotzone.identity.Role;

/**
 * Reports follow the access rules of applications: a park sees its own, a city its jurisdiction's, the
 * province what the city has sent on, an expert what it is assigned; the province's decisions are its
 * own. Wrong requests are refused with a clear message and change nothing.
 */
@IntegrationTest
class SupervisionAccessIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    SupervisionFlow flow;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    MutableClock clock;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Designated zone;
    private long report;
    private int year;

    @BeforeEach
    void aSubmittedAnnualReport() throws Exception {
        zone = evaluations.designated("权限园区");
        year = LocalDate.now(clock).getYear();
        flow.on(LocalDate.of(year + 1, 1, 2));
        report = flow.report(zone.designationId(), DossierKind.ANNUAL_REPORT, year);
        flow.submit(zone.parkName(), report, DossierKind.ANNUAL_REPORT);
    }

    @AfterEach
    void putTheClockBack() {
        clock.set(IntegrationTest.START);
    }

    private int status(String url, MockHttpSession session) throws Exception {
        return mvc.perform(get(url, report).session(session)).andReturn().getResponse().getStatus();
    }

    @Test
    void anotherParkAnotherCityAndAnUnassignedExpertAreToldTheReportDoesNotExist() throws Exception {
        String otherPark = testAccounts.park(TestAccounts.uniqueName("别的园区"), "SOFTWARE_PARK", ApprovalLevel.PROVINCIAL);
        MockHttpSession stranger = evaluations.as(otherPark, Role.APPLICANT);
        MockHttpSession suzhou = evaluations.as(TestAccounts.SUZHOU_CITY, Role.CITY_REVIEWER);
        MockHttpSession expert = evaluations.as(TestAccounts.EXPERTS, Role.EXPERT);
        String history = "/designations/" + zone.designationId() + "/history";

        assertThat(status("/applications/{id}", stranger)).isEqualTo(404);
        assertThat(status(history, stranger)).isEqualTo(404);
        assertThat(status("/review/cases/{id}", suzhou)).isEqualTo(404);
        assertThat(status(history, suzhou)).isEqualTo(404);
        assertThat(status("/applications/{id}", expert)).isEqualTo(404);
        assertThat(status(history, expert)).isEqualTo(404);
        assertThat(mvc.perform(post("/review/cases/{id}/decision", report).session(suzhou).with(csrf())
                .param("decision", "APPROVE").param("opinion", "越权审核")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(status("/applications/{id}", evaluations.province())).as("not yet sent on by the city")
                .isEqualTo(404);
        assertThat(status("/supervision/reports/{id}", evaluations.province())).isEqualTo(404);
        assertThat(mvc.perform(post("/supervision/reports/{id}/fraud", report).session(evaluations.province())
                .with(csrf()).param("reasons", "未经市级审核即认定造假")).andReturn().getResponse().getStatus())
                .isEqualTo(404);

        assertThat(status("/applications/{id}", flow.park(zone.parkName()))).isEqualTo(200);
        assertThat(status(history, flow.park(zone.parkName()))).isEqualTo(200);
        MockHttpSession nanjing = evaluations.as(TestAccounts.NANJING_CITY, Role.CITY_REVIEWER);
        assertThat(status("/review/cases/{id}", nanjing)).isEqualTo(200);
        assertThat(status(history, nanjing)).isEqualTo(200);
        assertThat(flow.status(report)).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void theParkReadsEveryPageOfItsReportAndItsPrintedAndWordVersions() throws Exception {
        MockHttpSession park = flow.park(zone.parkName());

        assertThat(body(mvc.perform(get("/applications/{id}", report).session(park)).andReturn()))
                .contains(year + " 年年度报告").contains("报送截止日期").contains("基础环境（保障机制）")
                .doesNotContain("一票否决声明");
        for (String section : DossierKind.ANNUAL_REPORT.schema().sectionKeys()) {
            assertThat(mvc.perform(get("/applications/{id}/sections/{s}", report, section).session(park)).andReturn()
                    .getResponse().getStatus()).as(section).isEqualTo(200);
        }
        assertThat(status("/applications/{id}/sections/veto", park)).as("a report declares no veto items")
                .isEqualTo(404);
        assertThat(body(mvc.perform(get("/applications/{id}/versions/1", report).session(park)).andReturn()))
                .contains("江苏省区块链技术创新应用报告（南京市）").contains("新增企业情况").contains("下一年度工作方案")
                .contains("审核意见");
        byte[] pdf = mvc.perform(get("/applications/{id}/versions/1.pdf", report).session(park)).andReturn()
                .getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        byte[] docx = mvc.perform(get("/applications/{id}/versions/1.docx", report).session(park)).andReturn()
                .getResponse().getContentAsByteArray();
        try (var words = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(
                new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx)))) {
            assertThat(words.getText()).contains("江苏省区块链技术创新应用报告（南京市）").contains("新增企业情况");
        }
        String code = jdbc.sql("select document_code from application_version where application_id = ?")
                .param(report).query(String.class).single();
        assertThat(code).startsWith("NB" + year + "-");
        assertThat(body(mvc.perform(get("/verify/{c}", code)).andReturn())).contains(year + " 年度报告，第 1 版");
    }

    @Test
    void onlyTheProvinceFilesAndItSeesTheReportOnceTheCityHasApprovedIt() throws Exception {
        flow.cityApproves(report);
        MockHttpSession nanjing = evaluations.as(TestAccounts.NANJING_CITY, Role.CITY_REVIEWER);

        assertThat(status("/supervision/reports/{id}", nanjing)).isEqualTo(403);
        assertThat(mvc.perform(post("/supervision/reports/{id}/file", report).session(flow.park(zone.parkName()))
                .with(csrf()).param("opinion", "自行归档")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/supervision/reports/{id}/file", report).session(nanjing).with(csrf())
                .param("opinion", "代为归档")).andReturn().getResponse().getStatus()).isEqualTo(403);
        MvcResult noOpinion = mvc.perform(post("/supervision/reports/{id}/file", report)
                .session(evaluations.province()).with(csrf()).param("opinion", " ")).andReturn();
        assertThat(noOpinion.getFlashMap().get("flashError")).isEqualTo("supervision.opinionRequired");
        assertThat(flow.status(report)).isEqualTo(ApplicationStatus.FORWARDED);

        assertThat(status("/applications/{id}", evaluations.province())).isEqualTo(200);
        assertThat(status("/supervision/reports/{id}", evaluations.province())).isEqualTo(200);
        assertThat(body(mvc.perform(get("/").session(evaluations.province())).andReturn()))
                .as("a to-do of the province").contains("归档 " + zone.parkName() + " 的 " + year + " 年度报告");
        assertThat(status("/decisions/{id}", evaluations.province())).as("a report is not an application to decide")
                .isEqualTo(404);
        assertThat(mvc.perform(post("/decisions/{id}", report).session(evaluations.province()).with(csrf())
                .param("kind", "TERMINATE_FOR_FRAUD").param("opinion", "走错页面")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(flow.status(report)).isEqualTo(ApplicationStatus.FORWARDED);
        flow.provinceFiles(report);
        assertThat(body(mvc.perform(get("/").session(evaluations.province())).andReturn()))
                .doesNotContain("归档 " + zone.parkName());
    }

    @Test
    void aReportForAYearNotDueOrASecondOneForTheSameYearIsRefusedAndOpensNothing() throws Exception {
        MockHttpSession province = evaluations.province();
        int before = flow.reports(zone.designationId());
        String url = "/supervision/titles/" + zone.designationId() + "/reports";

        MvcResult current = mvc.perform(post(url).session(province).with(csrf()).param("kind", "ANNUAL_REPORT")
                .param("year", String.valueOf(year + 1))).andReturn();
        MvcResult beforeTitle = mvc.perform(post(url).session(province).with(csrf()).param("kind", "ANNUAL_REPORT")
                .param("year", String.valueOf(year - 1))).andReturn();
        MvcResult twice = mvc.perform(post(url).session(province).with(csrf()).param("kind", "ANNUAL_REPORT")
                .param("year", String.valueOf(year))).andReturn();
        MvcResult rectification = mvc.perform(post(url).session(province).with(csrf()).param("kind", "RECTIFICATION")
                .param("year", String.valueOf(year))).andReturn();
        MvcResult byThePark = mvc.perform(post(url).session(flow.park(zone.parkName())).with(csrf())
                .param("kind", "ANNUAL_REPORT").param("year", String.valueOf(year))).andReturn();

        assertThat(current.getFlashMap().get("flashError")).isEqualTo("report.yearNotDue");
        assertThat(beforeTitle.getFlashMap().get("flashError")).isEqualTo("report.yearNotDue");
        assertThat(twice.getFlashMap().get("flashError")).isEqualTo("report.exists");
        assertThat(rectification.getFlashMap().get("flashError")).isEqualTo("report.kindNotOpenable");
        assertThat(byThePark.getResponse().getStatus()).isEqualTo(403);
        assertThat(flow.reports(zone.designationId())).isEqualTo(before);

        MvcResult early = mvc.perform(post(url).session(province).with(csrf()).param("kind", "RE_EVALUATION"))
                .andReturn();
        assertThat(early.getFlashMap().get("flashError")).isNull();
        assertThat(flow.reports(zone.designationId())).isEqualTo(before + 1);
        MvcResult again = mvc.perform(post(url).session(province).with(csrf()).param("kind", "RE_EVALUATION"))
                .andReturn();
        assertThat(again.getFlashMap().get("flashError")).isEqualTo("report.reEvaluationUnderWay");
        assertThat(flow.reports(zone.designationId())).isEqualTo(before + 1);
    }
}
