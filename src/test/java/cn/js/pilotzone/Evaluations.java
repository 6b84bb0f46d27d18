package cn.js.pilotzone;

import static cn.js.pilotzone.WebClientSupport.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

import cn.js.pilotzone.application.SampleApplication;
import cn.js.pilotzone.application.domain.EvaluationRound;
import cn.js.pilotzone.identity.ApprovalLevel;
import cn.js.pilotzone.identity.Role;
import cn.js.pilotzone.identity.domain.Account;

/**
 * Takes cases through the steps other tests build on, as the people concerned do them through the
 * web: a panel of three experts rating and concluding a case, and a new park evaluated and designated.
 * Every account is made at the clock's present, so that a test that moves years ahead meets no
 * expired password.
 */
@Component
public class Evaluations {

    private final ObjectProvider<MockMvc> mockMvc;
    private final TestAccounts accounts;
    private final TestRounds rounds;
    private final JdbcClient jdbc;
    private final MutableClock clock;

    /** Lazily: the contexts of tests on a real server have neither a MockMvc nor a movable clock. */
    Evaluations(ObjectProvider<MockMvc> mockMvc, TestAccounts accounts, TestRounds rounds, JdbcClient jdbc, @Lazy MutableClock clock) {
        this.mockMvc = mockMvc;
        this.accounts = accounts;
        this.rounds = rounds;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A park designated through the whole evaluation, with its application and its designation. */
    public record Designated(String parkName, long applicationId, long designationId) {
    }

    /** Signs in a new account of the organisation, made now. */
    public MockHttpSession as(String organisation, Role role) throws Exception {
        return signedIn(mvc(), accounts.active(organisation, role).loginName(), TestAccounts.PASSWORD);
    }

    public MockHttpSession province() throws Exception {
        return signedIn(mvc(), "province", TestAccounts.DEMO_PASSWORD);
    }

    /**
     * Forms a panel of three experts on a case the province has received; each confirms and gives
     * every indicator the rating, and the leader signs the conclusion.
     */
    public void panelConcludes(long caseId, String rating, String conclusion) throws Exception {
        MockHttpSession province = province();
        List<Account> experts = List.of(expert(province), expert(province), expert(province));
        assertThat(mvc().perform(post("/panels/{id}", caseId).session(province).with(csrf())
                .param("experts", experts.stream().map(e -> String.valueOf(e.id())).toArray(String[]::new))
                .param("leader", String.valueOf(experts.get(0).id()))).andReturn().getFlashMap().get("flashError"))
                .as("panel formed").isNull();
        long panel = jdbc.sql("select id from panel where application_id = ?").param(caseId).query(Long.class).single();
        List<Long> indicators = jdbc.sql("select i.id from indicator i join panel p on p.rubric_version_id ="
                + " i.rubric_version_id where p.id = ? order by i.sort_order").param(panel).query(Long.class).list();
        for (Account expert : experts) {
            MockHttpSession session = signedIn(mvc(), expert.loginName(), TestAccounts.PASSWORD);
            mvc().perform(post("/panel-tasks/{p}/confirm", panel).session(session).with(csrf()));
            assertThat(mvc().perform(get("/panel-tasks/{p}/rating", panel).session(session)).andReturn().getResponse()
                    .getStatus()).as("the rating page").isEqualTo(200);
            var sheet = post("/panel-tasks/{p}/rating", panel).session(session).with(csrf()).param("action", "submit");
            indicators.forEach(i -> sheet.param("verdict-" + i, rating));
            mvc().perform(sheet);
        }
        assertThat(mvc().perform(post("/panel-tasks/{p}/conclusion", panel)
                .session(signedIn(mvc(), experts.get(0).loginName(), TestAccounts.PASSWORD)).with(csrf())
                .param("verdict", conclusion).param("opinion", "专家组经评审，形成一致意见。")).andReturn()
                .getFlashMap().get("flashError")).as("conclusion signed").isNull();
    }

    private Account expert(MockHttpSession province) throws Exception {
        Account account = accounts.active(TestAccounts.EXPERTS, Role.EXPERT);
        mvc().perform(post("/experts/{id}", account.id()).session(province).with(csrf())
                .param("employer", TestAccounts.uniqueName("东南大学")));
        return account;
    }

    /**
     * A new park in Nanjing applies, is recommended, rated 符合, approved, passes an unopposed notice of
     * seven days and is designated; the clock stands eight days later, on the day of the document.
     */
    public Designated designated(String namePrefix) throws Exception {
        String parkName = accounts.park(TestAccounts.uniqueName(namePrefix), "SOFTWARE_PARK", ApprovalLevel.PROVINCIAL);
        LocalDate today = LocalDate.now(clock);
        EvaluationRound round = rounds.open(today.minusDays(1), today.plusDays(30));
        long id = SampleApplication.forwarded(mvc(), as(parkName, Role.APPLICANT),
                as(TestAccounts.NANJING_CITY, Role.CITY_REVIEWER), round);
        panelConcludes(id, "CONFORMS", "CONFORMS");
        mvc().perform(post("/decisions/{id}", id).session(province()).with(csrf()).param("kind", "APPROVE_FOR_NOTICE")
                .param("opinion", "同意该园区进入公示。").param("noticeDays", "7"));
        clock.advance(Duration.ofDays(8));
        mvc().perform(post("/decisions/{id}/designation", id).session(province()).with(csrf())
                .param("documentNumber", "苏工信数据〔" + today.getYear() + "〕" + id + "号")
                .param("documentDate", LocalDate.now(clock).toString()));
        long designation = jdbc.sql("select id from designation where application_id = ?").param(id)
                .query(Long.class).single();
        return new Designated(parkName, id, designation);
    }

    private MockMvc mvc() {
        return mockMvc.getObject();
    }
}
