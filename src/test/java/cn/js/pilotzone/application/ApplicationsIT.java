package cn.js.pilotzone.application;

import static cn.js.pilotzone.WebClientSupport.body;
import static cn.js.pilotzone.WebClientSupport.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.js.pilotzone.AuditTrail;
import cn.js.pilotzone.IntegrationTest;
import cn.js.pilotzone.TestAccounts;
import cn.js.pilotzone.TestRounds;
import cn.js.pilotzone.application.domain.ApplicationRepository;
import cn.js.pilotzone.application.domain.EvaluationRound;
import cn.js.pilotzone.identity.ApprovalLevel;
import cn.js.pilotzone.identity.Role;
import cn.js.pilotzone.identity.domain.Account;

@IntegrationTest
class ApplicationsIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final String SPECIALITY = "区块链+跨境贸易";

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
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private EvaluationRound openRound() {
        return testRounds.open(TODAY.minusDays(1), TODAY.plusDays(30));
    }

    private MvcResult start(MockHttpSession session, long roundId, String speciality) throws Exception {
        return mvc.perform(post("/rounds/{id}/applications", roundId).session(session).with(csrf())
                .param("speciality", speciality)).andReturn();
    }

    private MockHttpSession parkUser(String park) throws Exception {
        Account account = testAccounts.active(park, Role.APPLICANT);
        return signedIn(mvc, account.loginName(), TestAccounts.PASSWORD);
    }

    @Test
    void anEligibleParkStartsItsApplicationInAnOpenRound() throws Exception {
        EvaluationRound round = openRound();
        MockHttpSession park = parkUser(TestAccounts.NANJING_PARK);

        MvcResult result = start(park, round.id(), SPECIALITY);

        long id = applications.findAll().stream().filter(a -> java.util.Objects.equals(a.roundId(), round.id())).findFirst().orElseThrow()
                .id();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/applications/" + id);
        String page = body(mvc.perform(get("/applications/{id}", id).session(park)).andReturn());
        assertThat(page).contains(SPECIALITY).contains(TestAccounts.NANJING_PARK).contains("草稿")
                .contains("2026-03-02 09:00")
                .contains(round.windowOpens() + " ～ " + round.windowCloses());
        assertThat(auditTrail.after(0)).anySatisfy(row -> {
            assertThat(row.action()).isEqualTo("APPLICATION_STARTED");
            assertThat(row.objectRef()).isEqualTo("application:" + id);
        });
    }

    @Test
    void aParkAppliesOnlyOncePerRound() throws Exception {
        EvaluationRound round = openRound();
        MockHttpSession park = parkUser(TestAccounts.NANJING_PARK);
        start(park, round.id(), SPECIALITY);

        MvcResult second = start(parkUser(TestAccounts.NANJING_PARK), round.id(), SPECIALITY);

        assertThat(body(second)).contains("本园区在本批次已有申报");
        assertThat(applications.findAll().stream().filter(a -> java.util.Objects.equals(a.roundId(), round.id()))).hasSize(1);
    }

    @Test
    void aSoftwareParkApprovedByItsCityIsToldWhichRuleItFails() throws Exception {
        EvaluationRound round = openRound();
        String name = testAccounts.park("市级软件园" + TestAccounts.uniqueName(""), "SOFTWARE_PARK",
                ApprovalLevel.MUNICIPAL);
        MvcResult result = start(parkUser(name), round.id(), SPECIALITY);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(result)).contains("不符合申报条件").contains("须经省级及以上批准设立");
        assertThat(applications.findAll().stream().filter(a -> java.util.Objects.equals(a.roundId(), round.id()))).isEmpty();
    }

    @Test
    void aParkThatHoldsTheTitleCannotApplyAgainUntilItIsRevoked() throws Exception {
        String name = testAccounts.park("已获称号园区" + TestAccounts.uniqueName(""), "SOFTWARE_PARK",
                ApprovalLevel.PROVINCIAL);
        MockHttpSession park = parkUser(name);
        EvaluationRound earlier = openRound();
        start(park, earlier.id(), SPECIALITY);
        var application = applications.findAll().stream().filter(a -> java.util.Objects.equals(a.roundId(), earlier.id())).findFirst()
                .orElseThrow();
        // The provincial decision of the evaluation workflow writes such a row when it designates a park.
        jdbc.sql("INSERT INTO designation (park_organisation_id, application_id, designation_number, document_number,"
                + " designated_on, status, created_at) VALUES (?, ?, ?, '苏工信数据〔2026〕1号', DATE '2026-01-20',"
                + " 'IN_FORCE', CURRENT_TIMESTAMP)")
                .params(application.parkOrganisationId(), application.id(), TestAccounts.uniqueName("SYQ")).update();
        EvaluationRound later = openRound();

        MvcResult refused = start(park, later.id(), SPECIALITY);
        jdbc.sql("UPDATE designation SET status = 'REVOKED' WHERE application_id = ?").param(application.id()).update();
        MvcResult afterRevocation = start(park, later.id(), SPECIALITY);

        assertThat(body(refused)).contains("本园区已获得“江苏省区块链技术创新应用试验区”称号");
        assertThat(afterRevocation.getResponse().getRedirectedUrl()).startsWith("/applications/");
    }

    @Test
    void aParkThatStatesNoSpecialityCannotStart() throws Exception {
        EvaluationRound round = openRound();
        MvcResult result = start(parkUser(TestAccounts.NANJING_PARK), round.id(), " ");
        assertThat(body(result)).contains("请填写园区在区块链技术研发或应用方面的特色");
        assertThat(applications.findAll().stream().filter(a -> java.util.Objects.equals(a.roundId(), round.id()))).isEmpty();
    }

    @Test
    void nothingStartsOutsideTheRoundsWindow() throws Exception {
        EvaluationRound closed = testRounds.open(TODAY.minusDays(30), TODAY.minusDays(1));
        MvcResult result = start(parkUser(TestAccounts.NANJING_PARK), closed.id(), SPECIALITY);
        assertThat(applications.findAll().stream().filter(a -> java.util.Objects.equals(a.roundId(), closed.id()))).isEmpty();
        assertThat(body(result)).contains("不在申报时间内");
    }

    @Test
    void anotherParksApplicationIsNotFound() throws Exception {
        EvaluationRound round = openRound();
        start(parkUser(TestAccounts.NANJING_PARK), round.id(), SPECIALITY);
        long id = applications.findAll().stream().filter(a -> java.util.Objects.equals(a.roundId(), round.id())).findFirst().orElseThrow()
                .id();

        MockHttpSession suzhou = signedIn(mvc, "park-suzhou", TestAccounts.DEMO_PASSWORD);
        assertThat(mvc.perform(get("/applications/{id}", id).session(suzhou)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        MockHttpSession sysadmin = signedIn(mvc, "sysadmin", TestAccounts.DEMO_PASSWORD);
        assertThat(mvc.perform(get("/applications/{id}", id).session(sysadmin)).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    @Test
    void onlyParksStartApplications() throws Exception {
        EvaluationRound round = openRound();
        MockHttpSession reviewer = signedIn(mvc, "nanjing-reviewer", TestAccounts.DEMO_PASSWORD);
        MvcResult result = start(reviewer, round.id(), SPECIALITY);
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(applications.findAll().stream().filter(a -> java.util.Objects.equals(a.roundId(), round.id()))).isEmpty();
    }
}
