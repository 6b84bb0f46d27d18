package cn.js.pilotzone.panel;

import static cn.js.pilotzone.WebClientSupport.body;
import static cn.js.pilotzone.WebClientSupport.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;

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
import cn.js.pilotzone.application.domain.ApplicationRepository;
import cn.js.pilotzone.application.domain.EvaluationRound;
import cn.js.pilotzone.identity.Role;
import cn.js.pilotzone.identity.domain.Account;

@IntegrationTest
class PanelsIT {

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

    private MockHttpSession province() throws Exception {
        return signedIn(mvc, "province", TestAccounts.DEMO_PASSWORD);
    }

    private long forwardedApplication() throws Exception {
        EvaluationRound round = testRounds.open(TODAY.minusDays(1), TODAY.plusDays(30));
        MockHttpSession park = signedIn(mvc, testAccounts.active(TestAccounts.NANJING_PARK, Role.APPLICANT).loginName(),
                TestAccounts.PASSWORD);
        MockHttpSession city = signedIn(mvc, testAccounts.active(TestAccounts.NANJING_CITY, Role.CITY_REVIEWER)
                .loginName(), TestAccounts.PASSWORD);
        return SampleApplication.forwarded(mvc, park, city, round);
    }

    /** A new expert of the pool with its profile recorded by the province. */
    private Account expert(MockHttpSession province, String employer, String employerCode, String ties)
            throws Exception {
        Account account = testAccounts.active(TestAccounts.EXPERTS, Role.EXPERT);
        MockHttpServletRequestBuilder save = post("/experts/{id}", account.id()).session(province).with(csrf())
                .param("fields", "BLOCKCHAIN_TECHNOLOGY").param("employer", employer)
                .param("employerCreditCode", employerCode).param("tieCreditCodes", ties);
        assertThat(mvc.perform(save).andReturn().getFlashMap().get("flashSuccess")).isEqualTo("expert.saved");
        return account;
    }

    private Account neutralExpert(MockHttpSession province) throws Exception {
        return expert(province, TestAccounts.uniqueName("东南大学"), "", "");
    }

    private MvcResult form(MockHttpSession province, long id, List<Account> experts, Account leader) throws Exception {
        MockHttpServletRequestBuilder request = post("/panels/{id}", id).session(province).with(csrf())
                .param("leader", String.valueOf(leader.id()));
        experts.forEach(e -> request.param("experts", String.valueOf(e.id())));
        return mvc.perform(request).andReturn();
    }

    private MockHttpSession as(Account account) throws Exception {
        return signedIn(mvc, account.loginName(), TestAccounts.PASSWORD);
    }

    /** The experts a page proposes: the checked boxes of the forming form. */
    private static List<Long> checkedExperts(String html) {
        List<Long> ids = new java.util.ArrayList<>();
        java.util.regex.Matcher tags = java.util.regex.Pattern.compile("<input[^>]*name=\"experts\"[^>]*>").matcher(html);
        while (tags.find()) {
            if (tags.group().contains("checked")) {
                java.util.regex.Matcher value = java.util.regex.Pattern.compile("value=\"(\\d+)\"").matcher(tags.group());
                if (value.find()) {
                    ids.add(Long.parseLong(value.group(1)));
                }
            }
        }
        return ids;
    }

    private long panelOf(long applicationId) {
        return jdbc.sql("select id from panel where application_id = ?").param(applicationId).query(Long.class).single();
    }

    @Test
    void anExpertWithADetectedOrDeclaredTieCannotBeAssignedButOthersCan() throws Exception {
        long id = forwardedApplication();
        MockHttpSession province = province();
        String enterpriseCode = applications.findById(id).orElseThrow().content().rows("enterprises").get(0)
                .get("creditCode");
        Account employedByEnterprise = expert(province, "某咨询公司", enterpriseCode, "");
        Account declared = expert(province, TestAccounts.uniqueName("南京大学"), "", enterpriseCode);
        Account a = neutralExpert(province);
        Account b = neutralExpert(province);
        Account c = neutralExpert(province);

        String page = body(mvc.perform(get("/panels/{id}", id).session(province)).andReturn());
        MvcResult withConflict = form(province, id, List.of(employedByEnterprise, a, b), a);
        MvcResult withDeclared = form(province, id, List.of(declared, a, b), a);
        MvcResult fine = form(province, id, List.of(a, b, c), a);

        assertThat(page).contains("工作单位为申报园区的企业").contains("本人声明与园区企业有关联");
        assertThat(body(withConflict)).contains("存在利益冲突或未登记工作单位");
        assertThat(withConflict.getFlashMap().get("flashSuccess")).isNull();
        assertThat(withDeclared.getFlashMap().get("flashSuccess")).isNull();
        assertThat(fine.getFlashMap().get("flashSuccess")).isEqualTo("panel.formed");
        assertThat(jdbc.sql("select count(*) from panel_member where panel_id = ?").param(panelOf(id))
                .query(Integer.class).single()).isEqualTo(3);
        assertThat(auditTrail.after(0)).anySatisfy(r -> assertThat(r.action()).isEqualTo("PANEL_FORMED"));
    }

    @Test
    void theCaseOpensToAnExpertOnlyAfterItDeclaresNoConflict() throws Exception {
        long id = forwardedApplication();
        MockHttpSession province = province();
        Account a = neutralExpert(province);
        Account b = neutralExpert(province);
        Account c = neutralExpert(province);
        Account outsider = neutralExpert(province);
        form(province, id, List.of(a, b, c), a);
        MockHttpSession expert = as(a);

        int before = mvc.perform(get("/applications/{id}/versions/1", id).session(expert)).andReturn().getResponse()
                .getStatus();
        assertThat(body(mvc.perform(get("/panel-tasks").session(expert)).andReturn()))
                .contains(TestAccounts.NANJING_PARK).contains("南京链信科技有限公司0");
        mvc.perform(post("/panel-tasks/{p}/confirm", panelOf(id)).session(expert).with(csrf()));
        int after = mvc.perform(get("/applications/{id}/versions/1", id).session(expert)).andReturn().getResponse()
                .getStatus();

        assertThat(before).isEqualTo(404);
        assertThat(after).isEqualTo(200);
        assertThat(mvc.perform(get("/applications/{id}/versions/1", id).session(as(outsider))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/panel-tasks/{p}/confirm", panelOf(id)).session(as(outsider)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void anExpertWhoseTieBecameKnownAfterAssignmentCannotOpenTheCase() throws Exception {
        long id = forwardedApplication();
        MockHttpSession province = province();
        Account a = neutralExpert(province);
        Account b = neutralExpert(province);
        Account c = neutralExpert(province);
        form(province, id, List.of(a, b, c), a);
        String enterpriseCode = applications.findById(id).orElseThrow().content().rows("enterprises").get(1)
                .get("creditCode");
        mvc.perform(post("/experts/{id}", a.id()).session(province).with(csrf()).param("employer", "东南大学")
                .param("tieCreditCodes", enterpriseCode));

        MvcResult confirm = mvc.perform(post("/panel-tasks/{p}/confirm", panelOf(id)).session(as(a)).with(csrf()))
                .andReturn();

        assertThat(confirm.getFlashMap().get("flashError")).isEqualTo("conflict.declaredEnterprise");
        assertThat(mvc.perform(get("/applications/{id}/versions/1", id).session(as(a))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void anExpertWhoDeclinesIsReplacedAtRandomAndALeaderWhoDeclinesIsReappointed() throws Exception {
        long id = forwardedApplication();
        MockHttpSession province = province();
        Account a = neutralExpert(province);
        Account b = neutralExpert(province);
        Account c = neutralExpert(province);
        neutralExpert(province);
        form(province, id, List.of(a, b, c), a);

        MvcResult noReason = mvc.perform(post("/panel-tasks/{p}/decline", panelOf(id)).session(as(a)).with(csrf())
                .param("reason", " ")).andReturn();
        mvc.perform(post("/panel-tasks/{p}/decline", panelOf(id)).session(as(a)).with(csrf())
                .param("reason", "本人近期承担该园区企业咨询项目，申请回避。"));

        assertThat(noReason.getFlashMap().get("flashError")).isEqualTo("panel.reasonRequired");
        assertThat(jdbc.sql("select count(*) from panel_member where panel_id = ? and state = 'INVITED'")
                .param(panelOf(id)).query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select leader_account_id from panel where id = ?").param(panelOf(id))
                .query(Long.class).optional()).isEmpty();
        assertThat(body(mvc.perform(get("/panels/{id}", id).session(province)).andReturn()))
                .contains("组长已回避").contains("本人近期承担该园区企业咨询项目");
        mvc.perform(post("/panels/{id}/leader", id).session(province).with(csrf()).param("leader", String.valueOf(b.id())));
        assertThat(jdbc.sql("select leader_account_id from panel where id = ?").param(panelOf(id))
                .query(Long.class).single()).isEqualTo(b.id());
    }

    @Test
    void aRandomDrawProposesOnlyExpertsWithoutConflict() throws Exception {
        long id = forwardedApplication();
        MockHttpSession province = province();
        String parkCode = jdbc.sql("select credit_code from organisation where name = ?").param(TestAccounts.NANJING_PARK)
                .query(String.class).single();
        Account tied = expert(province, TestAccounts.uniqueName("研究院"), "", parkCode);
        for (int i = 0; i < 3; i++) {
            neutralExpert(province);
        }

        for (int draw = 0; draw < 5; draw++) {
            String page = body(mvc.perform(post("/panels/{id}/draw", id).session(province).with(csrf())
                    .param("size", "3")).andReturn());
            assertThat(checkedExperts(page)).hasSize(3).doesNotContain(tied.id());
        }
        String tooMany = body(mvc.perform(post("/panels/{id}/draw", id).session(province).with(csrf())
                .param("size", "500")).andReturn());
        String nobodyInThatField = body(mvc.perform(post("/panels/{id}/draw", id).session(province).with(csrf())
                .param("size", "3").param("fields", "PARK_DEVELOPMENT")).andReturn());
        assertThat(tooMany).contains("专家组人数应为 3 至 9 人");
        assertThat(nobodyInThatField).contains("专家不足 3 人");
    }

    @Test
    void aBadCreditCodeInAnExpertProfileIsRefusedAndKeepsWhatWasTyped() throws Exception {
        MockHttpSession province = province();
        Account account = testAccounts.active(TestAccounts.EXPERTS, Role.EXPERT);

        MvcResult refused = mvc.perform(post("/experts/{id}", account.id()).session(province).with(csrf())
                .param("employer", "东南大学").param("tieCreditCodes", "91320100MA1XYW0000")).andReturn();

        assertThat(body(refused)).contains("不正确").contains("91320100MA1XYW0000").contains("东南大学");
        assertThat(jdbc.sql("select count(*) from expert_profile where account_id = ?").param(account.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void onlyTheProvinceFormsPanelsAndKeepsThePool() throws Exception {
        long id = forwardedApplication();
        MockHttpSession city = signedIn(mvc, testAccounts.active(TestAccounts.NANJING_CITY, Role.CITY_REVIEWER)
                .loginName(), TestAccounts.PASSWORD);
        MockHttpSession expert = as(testAccounts.active(TestAccounts.EXPERTS, Role.EXPERT));

        for (MockHttpSession refused : List.of(city, expert)) {
            assertThat(mvc.perform(get("/panels/{id}", id).session(refused)).andReturn().getResponse().getStatus())
                    .isEqualTo(403);
            assertThat(mvc.perform(get("/experts").session(refused)).andReturn().getResponse().getStatus())
                    .isEqualTo(403);
            assertThat(mvc.perform(post("/panels/{id}", id).session(refused).with(csrf()).param("experts", "1", "2", "3")
                    .param("leader", "1")).andReturn().getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(jdbc.sql("select count(*) from panel where application_id = ?").param(id).query(Integer.class)
                .single()).isZero();
    }
}
