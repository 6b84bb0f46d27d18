package cn.js.pilotzone.panel;

import static cn.js.pilotzone.WebClientSupport.body;
import static cn.js.pilotzone.WebClientSupport.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.js.pilotzone.AuditTrail;
import cn.js.pilotzone.IntegrationTest;
import cn.js.pilotzone.TestAccounts;
import cn.js.pilotzone.TestRounds;
import cn.js.pilotzone.application.SampleApplication;
import cn.js.pilotzone.application.domain.EvaluationRound;
import cn.js.pilotzone.identity.Role;
import cn.js.pilotzone.identity.domain.Account;

@IntegrationTest
class RatingsIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRounds testRounds;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    JdbcClient jdbc;

    private long panelId;
    private long applicationId;
    private Account leader;
    private Account second;
    private Account third;
    private List<Long> indicators;

    /** A forwarded application with a panel of three experts, all of whom declared no conflict. */
    @BeforeEach
    void panelReadyToRate() throws Exception {
        EvaluationRound round = testRounds.open(TODAY.minusDays(1), TODAY.plusDays(30));
        MockHttpSession park = signedIn(mvc, testAccounts.active(TestAccounts.NANJING_PARK, Role.APPLICANT).loginName(),
                TestAccounts.PASSWORD);
        MockHttpSession city = signedIn(mvc, testAccounts.active(TestAccounts.NANJING_CITY, Role.CITY_REVIEWER)
                .loginName(), TestAccounts.PASSWORD);
        applicationId = SampleApplication.forwarded(mvc, park, city, round);
        MockHttpSession province = signedIn(mvc, "province", TestAccounts.DEMO_PASSWORD);
        leader = expert(province);
        second = expert(province);
        third = expert(province);
        mvc.perform(post("/panels/{id}", applicationId).session(province).with(csrf())
                .param("experts", String.valueOf(leader.id()), String.valueOf(second.id()), String.valueOf(third.id()))
                .param("leader", String.valueOf(leader.id())));
        panelId = jdbc.sql("select id from panel where application_id = ?").param(applicationId).query(Long.class)
                .single();
        for (Account expert : List.of(leader, second, third)) {
            mvc.perform(post("/panel-tasks/{p}/confirm", panelId).session(as(expert)).with(csrf()));
        }
        indicators = jdbc.sql("select id from indicator where rubric_version_id = (select rubric_version_id from panel"
                + " where id = ?) order by sort_order").param(panelId).query(Long.class).list();
    }

    private Account expert(MockHttpSession province) throws Exception {
        Account account = testAccounts.active(TestAccounts.EXPERTS, Role.EXPERT);
        mvc.perform(post("/experts/{id}", account.id()).session(province).with(csrf())
                .param("employer", TestAccounts.uniqueName("东南大学")));
        return account;
    }

    private MockHttpSession as(Account account) throws Exception {
        return signedIn(mvc, account.loginName(), TestAccounts.PASSWORD);
    }

    private MvcResult rate(MockHttpSession expert, Verdict verdict, int rated, String action) throws Exception {
        MockHttpServletRequestBuilder request = post("/panel-tasks/{p}/rating", panelId).session(expert).with(csrf())
                .param("action", action);
        for (int i = 0; i < rated; i++) {
            request.param("verdict-" + indicators.get(i), verdict.name()).param("comment-" + indicators.get(i), "意见" + i);
        }
        return mvc.perform(request).andReturn();
    }

    @Test
    void anExpertSeesNoOtherRatingsUntilItHasSubmittedItsOwn() throws Exception {
        MockHttpSession leaderSession = as(leader);
        MockHttpSession secondSession = as(second);
        rate(secondSession, Verdict.DOES_NOT_CONFORM, 13, "submit");

        String before = body(mvc.perform(get("/panel-tasks/{p}/rating", panelId).session(leaderSession)).andReturn());
        rate(leaderSession, Verdict.CONFORMS, 13, "submit");
        String after = body(mvc.perform(get("/panel-tasks/{p}/rating", panelId).session(leaderSession)).andReturn());

        assertThat(before).contains("政策保障").contains("发展引导").doesNotContain("class=\"table table-sm mt-2 mb-0 others\"");
        assertThat(after).contains("class=\"table table-sm mt-2 mb-0 others\"").contains("不符合").contains("意见不一致");
    }

    @Test
    void anIncompleteSheetIsSavedButNotSubmitted() throws Exception {
        MvcResult partial = rate(as(second), Verdict.CONFORMS, 12, "submit");

        assertThat(body(partial)).contains("还有 1 项指标未评");
        assertThat(jdbc.sql("select count(*) from rating r join rating_sheet s on s.id = r.sheet_id where s.panel_id = ?"
                + " and s.account_id = ? and r.verdict is not null").params(panelId, second.id()).query(Integer.class)
                .single()).isEqualTo(12);
        assertThat(jdbc.sql("select submitted_at from rating_sheet where panel_id = ? and account_id = ?")
                .params(panelId, second.id()).query(java.sql.Timestamp.class).optional()).isEmpty();
    }

    @Test
    void onlyTheLeaderReopensASubmittedSheetAndTheReopeningIsRecorded() throws Exception {
        MockHttpSession secondSession = as(second);
        rate(secondSession, Verdict.CONFORMS, 13, "submit");
        rate(as(third), Verdict.CONFORMS, 13, "submit");

        MvcResult notLeader = mvc.perform(post("/panel-tasks/{p}/reopen", panelId).session(as(third)).with(csrf())
                .param("expert", String.valueOf(second.id()))).andReturn();
        MvcResult changeSubmitted = rate(secondSession, Verdict.DOES_NOT_CONFORM, 13, "save");
        mvc.perform(post("/panel-tasks/{p}/reopen", panelId).session(as(leader)).with(csrf())
                .param("expert", String.valueOf(second.id())));

        assertThat(notLeader.getFlashMap().get("flashError")).isEqualTo("rating.leaderOnly");
        assertThat(body(changeSubmitted)).contains("评估已提交，不能修改");
        assertThat(jdbc.sql("select reopened_by from rating_sheet where panel_id = ? and account_id = ?")
                .params(panelId, second.id()).query(String.class).single()).isEqualTo(leader.loginName());
        assertThat(auditTrail.after(0)).anySatisfy(r -> assertThat(r.action()).isEqualTo("RATINGS_REOPENED"));
    }

    @Test
    void theLeaderSignsTheConclusionOnlyWhenEverySheetIsInAndSeesTheRulesSuggestion() throws Exception {
        MockHttpSession leaderSession = as(leader);
        assertThat(body(mvc.perform(get("/").session(leaderSession)).andReturn())).contains("评估打分：");
        rate(leaderSession, Verdict.CONFORMS, 13, "submit");
        rate(as(second), Verdict.CONFORMS, 13, "submit");

        MvcResult early = mvc.perform(post("/panel-tasks/{p}/conclusion", panelId).session(leaderSession).with(csrf())
                .param("verdict", "CONFORMS").param("opinion", "园区符合试验区条件。")).andReturn();
        rate(as(third), Verdict.BASICALLY_CONFORMS, 13, "submit");
        assertThat(body(mvc.perform(get("/").session(leaderSession)).andReturn())).contains("签署专家组结论：");
        assertThat(body(mvc.perform(get("/account/messages").session(leaderSession)).andReturn()))
                .contains("待签署专家组结论：").contains("评估邀请：");
        String page = body(mvc.perform(get("/panel-tasks/{p}/rating", panelId).session(leaderSession)).andReturn());
        MvcResult notLeader = mvc.perform(post("/panel-tasks/{p}/conclusion", panelId).session(as(third)).with(csrf())
                .param("verdict", "CONFORMS").param("opinion", "越权签署")).andReturn();
        mvc.perform(post("/panel-tasks/{p}/conclusion", panelId).session(leaderSession).with(csrf())
                .param("verdict", "BASICALLY_CONFORMS").param("opinion", "园区基本符合试验区条件，建议加强安全能力建设。"));

        assertThat(body(early)).contains("全体专家提交评估后，组长方可签署结论");
        assertThat(page).contains("按规则建议").contains("符合");
        assertThat(body(notLeader)).contains("只有专家组组长可以执行此操作");
        assertThat(jdbc.sql("select verdict from panel_conclusion where panel_id = ?").param(panelId)
                .query(String.class).single()).isEqualTo("BASICALLY_CONFORMS");
        assertThat(jdbc.sql("select suggested from panel_conclusion where panel_id = ?").param(panelId)
                .query(String.class).single()).isEqualTo("CONFORMS");
        assertThat(auditTrail.after(0)).anySatisfy(r -> assertThat(r.action()).isEqualTo("PANEL_CONCLUDED"));
        MockHttpSession province = signedIn(mvc, "province", TestAccounts.DEMO_PASSWORD);
        assertThat(body(mvc.perform(get("/").session(province)).andReturn())).contains("作出省厅决定：");
        assertThat(body(mvc.perform(get("/account/messages").session(province)).andReturn())).contains("专家组已签署结论：");
    }

    @Test
    void anExpertOffThePanelCannotRateIt() throws Exception {
        MockHttpSession outsider = signedIn(mvc, testAccounts.active(TestAccounts.EXPERTS, Role.EXPERT).loginName(),
                TestAccounts.PASSWORD);

        assertThat(mvc.perform(get("/panel-tasks/{p}/rating", panelId).session(outsider)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(rate(outsider, Verdict.CONFORMS, 13, "submit").getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from rating_sheet where panel_id = ?").param(panelId).query(Integer.class)
                .single()).isZero();
    }
}
