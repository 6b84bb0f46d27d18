package cn.js.pilotzone.designation;

import static cn.js.pilotzone.WebClientSupport.body;
import static cn.js.pilotzone.WebClientSupport.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.js.pilotzone.AuditTrail;
import cn.js.pilotzone.Evaluations;
import cn.js.pilotzone.IntegrationTest;
import cn.js.pilotzone.MutableClock;
import cn.js.pilotzone.TestAccounts;
import cn.js.pilotzone.TestRounds;
import cn.js.pilotzone.application.ApplicationStatus;
import cn.js.pilotzone.application.SampleApplication;
import cn.js.pilotzone.application.domain.ApplicationRepository;
import cn.js.pilotzone.application.domain.EvaluationRound;
import cn.js.pilotzone.identity.ApprovalLevel;
import cn.js.pilotzone.identity.Role;

@IntegrationTest
class DesignationIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRounds testRounds;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    ApplicationRepository applications;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    Evaluations evaluations;

    private String parkName;
    private MockHttpSession park;

    @AfterEach
    void putTheClockBack() {
        clock.set(IntegrationTest.START);
    }

    /** A park of its own (a designated park cannot apply again), evaluated up to the panel's conclusion. */
    private long concluded() throws Exception {
        parkName = testAccounts.park(TestAccounts.uniqueName("南京试点园区"), "SOFTWARE_PARK", ApprovalLevel.PROVINCIAL);
        park = user(parkName, Role.APPLICANT);
        EvaluationRound round = testRounds.open(TODAY.minusDays(1), TODAY.plusDays(30));
        long id = SampleApplication.forwarded(mvc, park, user(TestAccounts.NANJING_CITY, Role.CITY_REVIEWER), round);
        evaluations.panelConcludes(id, "CONFORMS", "CONFORMS");
        return id;
    }

    private MockHttpSession user(String organisation, Role role) throws Exception {
        return signedIn(mvc, testAccounts.active(organisation, role).loginName(), TestAccounts.PASSWORD);
    }

    private MockHttpSession province() throws Exception {
        return signedIn(mvc, "province", TestAccounts.DEMO_PASSWORD);
    }

    private MvcResult decide(MockHttpSession province, long id, String kind, String opinion) throws Exception {
        return mvc.perform(post("/decisions/{id}", id).session(province).with(csrf()).param("kind", kind)
                .param("opinion", opinion).param("noticeDays", "7")).andReturn();
    }

    private long noticeOf(long id) {
        return jdbc.sql("select id from public_notice where application_id = ?").param(id).query(Long.class).single();
    }

    private MvcResult object(long notice, String name) throws Exception {
        return mvc.perform(multipart("/public/notices/{n}/objections", notice).session(new MockHttpSession())
                .with(csrf()).param("name", name).param("contact", "13900001111")
                .param("grounds", "该园区部分企业实际经营地不在园区内。")).andReturn();
    }

    private String afterNoticeText(long notice) throws Exception {
        return body(mvc.perform(get("/public/notices/{n}", notice)).andReturn());
    }

    private long objectionOf(long notice) {
        return jdbc.sql("select id from objection where notice_id = ?").param(notice).query(Long.class).single();
    }

    private ApplicationStatus statusOf(long id) {
        return applications.findById(id).orElseThrow().status();
    }

    @Test
    void aParkIsDesignatedAfterANoticeWhoseObjectionWasDismissedAndItsCertificateVerifies() throws Exception {
        long id = concluded();
        MockHttpSession province = province();

        decide(province, id, "APPROVE_FOR_NOTICE", "同意该园区进入公示。");
        long notice = noticeOf(id);
        String publicNotice = body(mvc.perform(get("/public/notices/{n}", notice)).andReturn());
        object(notice, "张某某");
        mvc.perform(post("/decisions/{id}/objections/{o}", id, objectionOf(notice)).session(province).with(csrf())
                .param("upheld", "false").param("reasons", "经核实，相关企业注册及经营地均在园区内，异议不成立。"));
        MvcResult tooEarly = mvc.perform(post("/decisions/{id}/designation", id).session(province).with(csrf())
                .param("documentNumber", "苏工信数据〔2026〕18号").param("documentDate", "2026-03-02")).andReturn();
        clock.advance(Duration.ofDays(8));
        mvc.perform(post("/decisions/{id}/designation", id).session(province()).with(csrf())
                .param("documentNumber", "苏工信数据〔2026〕18号").param("documentDate", "2026-03-10"));

        assertThat(publicNotice).contains(parkName).contains("2026-03-02 至 2026-03-08").contains("提出异议");
        assertThat(tooEarly.getFlashMap().get("flashError")).isEqualTo("designation.noticeRunning");
        assertThat(statusOf(id)).isEqualTo(ApplicationStatus.DESIGNATED);
        assertThat(mvc.perform(get("/review/cases/{id}/letter.pdf", id).session(province())).andReturn().getResponse()
                .getStatus()).as("the province keeps the city's letter after deciding").isEqualTo(200);
        assertThat(afterNoticeText(notice)).containsPattern("经 \\d{4} 年度评估");
        String zones = body(mvc.perform(get("/public/zones")).andReturn());
        assertThat(zones).contains(parkName).contains("苏工信数据〔2026〕18号").contains("SYQ2026-");
        String afterNotice = body(mvc.perform(get("/public/notices/{n}", notice)).andReturn());
        assertThat(afterNotice).contains("公示期满，无成立的异议，已发文公布").doesNotContain("张某某").doesNotContain("13900001111");
        long zone = jdbc.sql("select id from designation where application_id = ?").param(id).query(Long.class).single();
        byte[] certificate = mvc.perform(get("/public/zones/{z}/certificate", zone)).andReturn().getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(certificate)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("(?U)\\s+", ""))
                    .contains("江苏省区块链技术创新应用试验区").contains(parkName).contains("苏工信数据〔2026〕18号");
        }
        String code = jdbc.sql("select certificate_code from designation where id = ?").param(zone).query(String.class)
                .single();
        assertThat(body(mvc.perform(get("/verify/{c}", code)).andReturn())).contains("称号有效").contains(parkName);
        assertThat(body(mvc.perform(get("/applications/{id}/decisions", id).session(park)).andReturn()))
                .contains("发文公布").contains("苏工信数据〔2026〕18号");
        assertThat(auditTrail.after(0)).extracting(AuditTrail.Row::action)
                .contains("NOTICE_PUBLISHED", "OBJECTION_FILED", "OBJECTION_FOUND", "ZONE_DESIGNATED");
    }

    /** A concluded application taken through an unopposed notice to designation; the clock is eight days on. */
    private long designated() throws Exception {
        long id = concluded();
        decide(province(), id, "APPROVE_FOR_NOTICE", "同意该园区进入公示。");
        clock.advance(Duration.ofDays(8));
        mvc.perform(post("/decisions/{id}/designation", id).session(province()).with(csrf())
                .param("documentNumber", "苏工信数据〔2026〕20号").param("documentDate", "2026-03-10"));
        assertThat(statusOf(id)).isEqualTo(ApplicationStatus.DESIGNATED);
        return id;
    }

    @Test
    void aRevokedTitleIsPublishedWithItsDateAndCategoryAndNoLongerVerifies() throws Exception {
        long id = designated();
        long zone = jdbc.sql("select id from designation where application_id = ?").param(id).query(Long.class).single();
        String code = jdbc.sql("select certificate_code from designation where id = ?").param(zone).query(String.class)
                .single();
        MockHttpSession province = province();
        var revoke = post("/decisions/{id}/revocation", id).session(province).with(csrf())
                .param("designation", String.valueOf(zone)).param("category", "FRAUD");

        MvcResult noReasons = mvc.perform(revoke.param("revokedOn", "2026-03-10").param("reasons", " ")).andReturn();
        MvcResult future = mvc.perform(post("/decisions/{id}/revocation", id).session(province).with(csrf())
                .param("designation", String.valueOf(zone)).param("category", "FRAUD").param("revokedOn", "2027-01-01")
                .param("reasons", "年度报告数据造假。")).andReturn();
        MvcResult byThePark = mvc.perform(post("/decisions/{id}/revocation", id).session(park).with(csrf())
                .param("designation", String.valueOf(zone)).param("category", "FRAUD").param("revokedOn", "2026-03-10")
                .param("reasons", "自行取消")).andReturn();
        assertThat(noReasons.getFlashMap().get("flashError")).isEqualTo("revocation.reasonsRequired");
        assertThat(future.getFlashMap().get("flashError")).isEqualTo("revocation.dateInvalid");
        assertThat(byThePark.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(mvc.perform(get("/verify/{c}", code)).andReturn())).contains("称号有效");

        mvc.perform(post("/decisions/{id}/revocation", id).session(province).with(csrf())
                .param("designation", String.valueOf(zone)).param("category", "MISSED_RECTIFICATION_DEADLINE")
                .param("revokedOn", "2026-03-10").param("reasons", "经查，园区逾期未报送整改报告，且营收数据造假。"));
        MvcResult again = mvc.perform(post("/decisions/{id}/revocation", id).session(province).with(csrf())
                .param("designation", String.valueOf(zone)).param("category", "FRAUD").param("revokedOn", "2026-03-10")
                .param("reasons", "再次取消")).andReturn();

        assertThat(again.getFlashMap().get("flashError")).isEqualTo("revocation.notInForce");
        assertThat(body(mvc.perform(get("/public/zones")).andReturn())).contains(parkName)
                .contains("2026-03-10 因逾期未完成整改取消称号").doesNotContain("营收数据造假");
        assertThat(body(mvc.perform(get("/verify/{c}", code)).andReturn())).contains("称号已取消");
        assertThat(body(mvc.perform(get("/applications/{id}/decisions", id).session(park)).andReturn()))
                .contains("取消称号").contains("营收数据造假").contains("因逾期未完成整改取消称号");
        assertThat(auditTrail.after(0)).anySatisfy(r -> assertThat(r.action()).isEqualTo("TITLE_REVOKED"));
    }

    @Test
    void anUpheldObjectionRejectsTheApplicationAndEndsTheNotice() throws Exception {
        long id = concluded();
        MockHttpSession province = province();
        decide(province, id, "APPROVE_FOR_NOTICE", "同意该园区进入公示。");
        long notice = noticeOf(id);
        object(notice, "李某");

        mvc.perform(post("/decisions/{id}/objections/{o}", id, objectionOf(notice)).session(province).with(csrf())
                .param("upheld", "true").param("reasons", "经核实，园区企业数量存在虚报，异议成立。"));
        clock.advance(Duration.ofDays(8));
        MvcResult designate = mvc.perform(post("/decisions/{id}/designation", id).session(province()).with(csrf())
                .param("documentNumber", "苏工信数据〔2026〕19号").param("documentDate", "2026-03-10")).andReturn();

        assertThat(statusOf(id)).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(designate.getFlashMap().get("flashError")).isEqualTo("application.wrongState");
        assertThat(body(mvc.perform(get("/public/notices/{n}", notice)).andReturn())).contains("未通过");
        assertThat(body(mvc.perform(get("/applications/{id}/decisions", id).session(park)).andReturn()))
                .contains("公示异议成立").contains("园区企业数量存在虚报");
    }

    @Test
    void theProvinceRejectsWithReasonsThatTheParkReads() throws Exception {
        long id = concluded();

        decide(province(), id, "REJECT", "园区区块链企业集聚度不足，不予通过。");
        String draw = body(mvc.perform(post("/panels/{id}/draw", id).session(province()).with(csrf()).param("size", "3"))
                .andReturn());

        assertThat(statusOf(id)).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(draw).as("no panel work on a decided case").contains("该申报当前的状态不允许此操作");
        assertThat(body(mvc.perform(get("/applications/{id}/decisions", id).session(park)).andReturn()))
                .contains("不予通过").contains("园区区块链企业集聚度不足");
    }

    @Test
    void fraudFoundDuringTheNoticeTerminatesTheApplicationFinally() throws Exception {
        long id = concluded();
        MockHttpSession province = province();
        decide(province, id, "APPROVE_FOR_NOTICE", "同意该园区进入公示。");

        decide(province, id, "TERMINATE_FOR_FRAUD", "经查，申报材料中的软件著作权证书系伪造。");
        MvcResult again = decide(province, id, "APPROVE_FOR_NOTICE", "再次同意");

        assertThat(statusOf(id)).isEqualTo(ApplicationStatus.TERMINATED);
        assertThat(body(again)).contains("该申报当前的状态不允许此操作");
        assertThat(body(mvc.perform(get("/public/notices/{n}", noticeOf(id))).andReturn())).contains("未通过");
        assertThat(body(mvc.perform(get("/applications/{id}/decisions", id).session(park)).andReturn()))
                .contains("弄虚作假，终止申报资格").contains("软件著作权证书系伪造");
    }

    @Test
    void theVetoEndsTheApplicationAndTheParkIsTold() throws Exception {
        long id = concluded();

        decide(province(), id, "VETO", "经核实，园区内有企业从事虚拟货币交易信息中介服务，一票否决。");

        assertThat(statusOf(id)).isEqualTo(ApplicationStatus.VETOED);
        assertThat(body(mvc.perform(get("/applications/{id}/decisions", id).session(park)).andReturn()))
                .contains("一票否决").contains("虚拟货币交易信息中介");
    }

    @Test
    void anObjectionAfterTheNoticePeriodIsRefusedAndADecisionNeedsReasons() throws Exception {
        long id = concluded();
        MockHttpSession province = province();
        MvcResult noReasons = decide(province, id, "APPROVE_FOR_NOTICE", " ");
        decide(province, id, "APPROVE_FOR_NOTICE", "同意该园区进入公示。");
        clock.advance(Duration.ofDays(8));

        MvcResult late = object(noticeOf(id), "王某");

        assertThat(body(noReasons)).contains("请填写省厅意见");
        assertThat(body(late)).contains("不在公示期内");
        assertThat(jdbc.sql("select count(*) from objection where notice_id = ?").param(noticeOf(id))
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aZeroDayNoticeAndADoubleSubmittedDecisionAreRefusedAndChangeNothing() throws Exception {
        long id = concluded();
        MockHttpSession province = province();

        MvcResult zeroDays = mvc.perform(post("/decisions/{id}", id).session(province).with(csrf())
                .param("kind", "APPROVE_FOR_NOTICE").param("opinion", "同意。").param("noticeDays", "0")).andReturn();
        assertThat(body(zeroDays)).contains("公示天数应为 1 至 60 天");
        assertThat(statusOf(id)).isEqualTo(ApplicationStatus.FORWARDED);

        decide(province, id, "APPROVE_FOR_NOTICE", "同意该园区进入公示。");
        MvcResult twice = decide(province, id, "APPROVE_FOR_NOTICE", "同意该园区进入公示。");

        assertThat(body(twice)).contains("该申报当前的状态不允许此操作");
        assertThat(jdbc.sql("select count(*) from public_notice where application_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from provincial_decision where application_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(auditTrail.after(0)).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo("PROVINCIAL_DECISION");
            assertThat(r.actor()).isEqualTo("province");
            assertThat(r.detail()).contains("同意该园区进入公示。");
        });
    }

    @Test
    void aBulkDecisionListsWhatWillChangeAndChangesAllOrNone() throws Exception {
        long first = concluded();
        String firstPark = parkName;
        long second = concluded();
        String secondPark = parkName;
        String thirdPark = testAccounts.park(TestAccounts.uniqueName("未评估园区"), "SOFTWARE_PARK", ApprovalLevel.PROVINCIAL);
        long third = SampleApplication.forwarded(mvc, user(thirdPark, Role.APPLICANT),
                user(TestAccounts.NANJING_CITY, Role.CITY_REVIEWER), testRounds.open(TODAY.minusDays(1), TODAY.plusDays(30)));
        MockHttpSession province = province();

        String preview = body(mvc.perform(post("/decisions/bulk/preview").session(province).with(csrf())
                .param("ids", String.valueOf(first), String.valueOf(second)).param("kind", "APPROVE_FOR_NOTICE")).andReturn());
        MvcResult refused = mvc.perform(post("/decisions/bulk").session(province).with(csrf())
                .param("ids", String.valueOf(first), String.valueOf(third)).param("kind", "APPROVE_FOR_NOTICE")
                .param("opinion", "同意进入公示。").param("noticeDays", "7")).andReturn();
        mvc.perform(post("/decisions/bulk").session(province).with(csrf())
                .param("ids", String.valueOf(first), String.valueOf(second)).param("kind", "APPROVE_FOR_NOTICE")
                .param("opinion", "同意进入公示。").param("noticeDays", "7"));

        assertThat(preview).contains(firstPark).contains(secondPark).contains("公示中");
        assertThat(body(refused)).contains(thirdPark).contains("所有申报均未变更");
        assertThat(statusOf(third)).isEqualTo(ApplicationStatus.FORWARDED);
        assertThat(statusOf(first)).isEqualTo(ApplicationStatus.IN_NOTICE);
        assertThat(statusOf(second)).isEqualTo(ApplicationStatus.IN_NOTICE);
    }

    @Test
    void onlyTheProvinceDecidesAndSeesObjectors() throws Exception {
        long id = concluded();
        decide(province(), id, "APPROVE_FOR_NOTICE", "同意该园区进入公示。");
        object(noticeOf(id), "赵某");

        long objection = objectionOf(noticeOf(id));
        for (MockHttpSession refused : List.of(park, user(TestAccounts.NANJING_CITY, Role.CITY_REVIEWER))) {
            assertThat(mvc.perform(get("/decisions/{id}", id).session(refused)).andReturn().getResponse().getStatus())
                    .isEqualTo(403);
            assertThat(mvc.perform(get("/decisions/{id}/objections/{o}/file", id, objection).session(refused))
                    .andReturn().getResponse().getStatus()).isEqualTo(403);
            assertThat(mvc.perform(post("/decisions/{id}/objections/{o}", id, objection).session(refused).with(csrf())
                    .param("upheld", "true").param("reasons", "越权")).andReturn().getResponse().getStatus()).isEqualTo(403);
            assertThat(mvc.perform(post("/decisions/bulk").session(refused).with(csrf()).param("ids", String.valueOf(id))
                    .param("kind", "REJECT").param("opinion", "越权")).andReturn().getResponse().getStatus()).isEqualTo(403);
            assertThat(mvc.perform(post("/decisions/{id}", id).session(refused).with(csrf()).param("kind", "REJECT")
                    .param("opinion", "越权")).andReturn().getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(statusOf(id)).isEqualTo(ApplicationStatus.IN_NOTICE);
        assertThat(jdbc.sql("select finding from objection where id = ?").param(objection).query(String.class)
                .optional()).isEmpty();
        assertThat(body(mvc.perform(get("/public/notices")).andReturn())).doesNotContain("赵某");
    }
}
