package cn.js.pilotzone.review;

import static cn.js.pilotzone.WebClientSupport.body;
import static cn.js.pilotzone.WebClientSupport.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.js.pilotzone.AuditTrail;
import cn.js.pilotzone.IntegrationTest;
import cn.js.pilotzone.TestAccounts;
import cn.js.pilotzone.TestRounds;
import cn.js.pilotzone.application.ApplicationStatus;
import cn.js.pilotzone.application.SampleApplication;
import cn.js.pilotzone.application.domain.ApplicationRepository;
import cn.js.pilotzone.application.domain.EvaluationRound;
import cn.js.pilotzone.identity.Role;

@IntegrationTest
class CityReviewIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final byte[] SEALED = "%PDF-1.4\n% sealed letter\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

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

    private MockHttpSession user(String organisation, Role role) throws Exception {
        return signedIn(mvc, testAccounts.active(organisation, role).loginName(), TestAccounts.PASSWORD);
    }

    private MvcResult decide(MockHttpSession city, long id, String decision, String opinion) throws Exception {
        return mvc.perform(post("/review/cases/{id}/decision", id).session(city).with(csrf())
                .param("decision", decision).param("opinion", opinion)).andReturn();
    }

    private int status(MockHttpSession session, String url, Object... vars) throws Exception {
        return mvc.perform(get(url, vars).session(session)).andReturn().getResponse().getStatus();
    }

    private ApplicationStatus statusOf(long id) {
        return applications.findById(id).orElseThrow().status();
    }

    @Test
    void aRecommendedApplicationReachesTheProvinceOnlyWithTheSealedLetter() throws Exception {
        EvaluationRound round = testRounds.open(TODAY.minusDays(1), TODAY.plusDays(30));
        MockHttpSession park = user(TestAccounts.NANJING_PARK, Role.APPLICANT);
        long id = SampleApplication.submitted(mvc, park, round);
        MockHttpSession city = user(TestAccounts.NANJING_CITY, Role.CITY_REVIEWER);
        MockHttpSession province = signedIn(mvc, "province", TestAccounts.DEMO_PASSWORD);

        assertThat(body(mvc.perform(get("/review/cases").param("status", "SUBMITTED").session(city)).andReturn()))
                .contains(TestAccounts.NANJING_PARK);
        MvcResult recommended = decide(city, id, "RECOMMEND", "园区区块链特色鲜明，材料齐全，同意推荐。");

        assertThat(recommended.getFlashMap().get("flashSuccess")).isEqualTo("review.decided.RECOMMEND");
        assertThat(statusOf(id)).isEqualTo(ApplicationStatus.RECOMMENDED);
        byte[] letter = mvc.perform(get("/review/cases/{id}/letter.pdf", id).session(city)).andReturn().getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(letter)) {
            String text = new PDFTextStripper().getText(document).replaceAll("(?U)\\s+", "");
            assertThat(text).contains("推荐函").contains("江苏省工业和信息化厅").contains(TestAccounts.NANJING_PARK)
                    .contains("同意推荐").contains(TestAccounts.NANJING_CITY);
        }
        String code = jdbc.sql("select letter_code from city_review where application_id = ?").param(id)
                .query(String.class).single();
        assertThat(body(mvc.perform(get("/verify/{code}", code)).andReturn())).contains("年度推荐函")
                .contains(TestAccounts.NANJING_PARK);
        assertThat(status(province, "/applications/{id}/versions/1", id)).as("before the seal").isEqualTo(404);
        MvcResult withdraw = mvc.perform(post("/applications/{id}/withdraw", id).session(park).with(csrf())).andReturn();
        assertThat(withdraw.getFlashMap().get("flashError")).isEqualTo("application.notWithdrawable");

        mvc.perform(multipart("/review/cases/{id}/sealed", id).file(new MockMultipartFile("file", "盖章推荐函.pdf",
                "application/pdf", SEALED)).session(city).with(csrf()));

        assertThat(statusOf(id)).isEqualTo(ApplicationStatus.FORWARDED);
        assertThat(status(province, "/applications/{id}/versions/1", id)).isEqualTo(200);
        assertThat(mvc.perform(get("/review/cases/{id}/sealed", id).session(city)).andReturn().getResponse()
                .getContentAsByteArray()).isEqualTo(SEALED);
        assertThat(body(mvc.perform(get("/applications/{id}/review", id).session(park)).andReturn()))
                .contains("同意推荐").contains("已盖章上传");
        assertThat(auditTrail.after(0)).extracting(AuditTrail.Row::action)
                .contains("APPLICATION_RECOMMENDED", "APPLICATION_FORWARDED");
    }

    @Test
    void aReturnedApplicationIsRevisedAndResubmittedAsANewVersionWithTheReturnsCounted() throws Exception {
        EvaluationRound round = testRounds.open(TODAY.minusDays(1), TODAY.plusDays(30));
        MockHttpSession park = user(TestAccounts.NANJING_PARK, Role.APPLICANT);
        long id = SampleApplication.submitted(mvc, park, round);
        MockHttpSession city = user(TestAccounts.NANJING_CITY, Role.CITY_REVIEWER);

        assertThat(body(mvc.perform(get("/").session(city)).andReturn())).contains("初审：" + TestAccounts.NANJING_PARK);
        decide(city, id, "RETURN", "请补充园区区块链公共服务平台的证明材料。");

        assertThat(statusOf(id)).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(body(mvc.perform(get("/").session(park)).andReturn())).contains("申报书被市级主管部门退回修改");
        assertThat(body(mvc.perform(get("/applications/{id}/review", id).session(park)).andReturn()))
                .contains("退回修改").contains("请补充园区区块链公共服务平台的证明材料");
        mvc.perform(post("/applications/{id}/sections/cover", id).session(park).with(csrf())
                .param("cover.unitName", "南京示范软件园运营有限公司"));
        MvcResult resubmitted = mvc.perform(post("/applications/{id}/submit", id).session(park).with(csrf())).andReturn();

        assertThat(resubmitted.getResponse().getRedirectedUrl()).endsWith("/versions/2");
        String page = body(mvc.perform(get("/review/cases/{id}", id).session(city)).andReturn());
        assertThat(page).contains("查看第 2 版").contains("已提交");
        assertThat(applications.findById(id).orElseThrow().returnsCount()).isEqualTo(1);
    }

    @Test
    void aNotRecommendedApplicationEndsAndCanNoLongerBeChanged() throws Exception {
        EvaluationRound round = testRounds.open(TODAY.minusDays(1), TODAY.plusDays(30));
        MockHttpSession park = user(TestAccounts.NANJING_PARK, Role.APPLICANT);
        long id = SampleApplication.submitted(mvc, park, round);
        MockHttpSession city = user(TestAccounts.NANJING_CITY, Role.CITY_REVIEWER);

        decide(city, id, "NOT_RECOMMEND", "园区区块链企业数量不足，暂不推荐。");
        MvcResult edit = mvc.perform(post("/applications/{id}/sections/cover", id).session(park).with(csrf())
                .param("cover.unitName", "改名")).andReturn();
        MvcResult again = decide(city, id, "RECOMMEND", "改为推荐");

        assertThat(statusOf(id)).isEqualTo(ApplicationStatus.NOT_RECOMMENDED);
        assertThat(edit.getFlashMap().get("flashError")).isEqualTo("application.notEditable");
        assertThat(body(again)).contains("该申报当前的状态不允许此操作");
    }

    @Test
    void aDecisionWithoutAnOpinionIsRefusedAndKeepsNothingButWhatWasTyped() throws Exception {
        EvaluationRound round = testRounds.open(TODAY.minusDays(1), TODAY.plusDays(30));
        MockHttpSession park = user(TestAccounts.NANJING_PARK, Role.APPLICANT);
        long id = SampleApplication.submitted(mvc, park, round);
        MockHttpSession city = user(TestAccounts.NANJING_CITY, Role.CITY_REVIEWER);

        MvcResult blank = decide(city, id, "RECOMMEND", "   ");
        MvcResult noDecision = mvc.perform(post("/review/cases/{id}/decision", id).session(city).with(csrf())
                .param("opinion", "已阅，待定")).andReturn();

        assertThat(body(blank)).contains("请填写意见");
        assertThat(body(noDecision)).contains("请选择初审结论").contains("已阅，待定");
        assertThat(statusOf(id)).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(jdbc.sql("select count(*) from city_review where application_id = ?").param(id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aCityCannotRecommendBeyondTheQuotaTheProvinceSet() throws Exception {
        EvaluationRound round = testRounds.open(TODAY.minusDays(1), TODAY.plusDays(30));
        MockHttpSession province = signedIn(mvc, "province", TestAccounts.DEMO_PASSWORD);
        mvc.perform(post("/rounds/{id}/quotas", round.id()).session(province).with(csrf())
                .param("jurisdiction", "320100").param("quota", "1"));
        long first = SampleApplication.submitted(mvc, user(TestAccounts.NANJING_PARK, Role.APPLICANT), round);
        String secondPark = testAccounts.park(TestAccounts.uniqueName("南京第二园区"), "SOFTWARE_PARK",
                cn.js.pilotzone.identity.ApprovalLevel.PROVINCIAL);
        long second = SampleApplication.submitted(mvc, user(secondPark, Role.APPLICANT), round);
        MockHttpSession city = user(TestAccounts.NANJING_CITY, Role.CITY_REVIEWER);

        decide(city, first, "RECOMMEND", "同意推荐。");
        MvcResult beyond = decide(city, second, "RECOMMEND", "同意推荐。");

        assertThat(body(beyond)).contains("本批次推荐名额（1 个）已用完");
        assertThat(mvc.perform(post("/rounds/{id}/quotas", round.id()).session(city).with(csrf())
                .param("jurisdiction", "320100").param("quota", "9")).andReturn().getResponse().getStatus())
                .as("a city cannot raise its own quota").isEqualTo(403);
        assertThat(jdbc.sql("select quota from city_quota where round_id = ? and jurisdiction_code = '320100'")
                .param(round.id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(statusOf(second)).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(auditTrail.after(0)).anySatisfy(r -> assertThat(r.action()).isEqualTo("QUOTA_SET"));
    }

    @Test
    void anotherCitysReviewerAndTheParkAreRefusedTheCase() throws Exception {
        EvaluationRound round = testRounds.open(TODAY.minusDays(1), TODAY.plusDays(30));
        MockHttpSession park = user(TestAccounts.NANJING_PARK, Role.APPLICANT);
        long id = SampleApplication.submitted(mvc, park, round);
        MockHttpSession suzhou = user(TestAccounts.SUZHOU_CITY, Role.CITY_REVIEWER);

        assertThat(status(suzhou, "/review/cases/{id}", id)).isEqualTo(404);
        assertThat(decide(suzhou, id, "RECOMMEND", "越权推荐").getResponse().getStatus()).isEqualTo(404);
        assertThat(body(mvc.perform(get("/review/cases").session(suzhou)).andReturn()))
                .doesNotContain(TestAccounts.NANJING_PARK);
        assertThat(status(park, "/review/cases/{id}", id)).isEqualTo(403);
        assertThat(decide(park, id, "RECOMMEND", "自荐").getResponse().getStatus()).isEqualTo(403);
        assertThat(statusOf(id)).isEqualTo(ApplicationStatus.SUBMITTED);
    }
}
