package cn.js.pilotzone.identity;

import static cn.js.pilotzone.WebClientSupport.body;
import static cn.js.pilotzone.WebClientSupport.login;
import static cn.js.pilotzone.WebClientSupport.loginPage;
import static cn.js.pilotzone.WebClientSupport.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.js.pilotzone.AuditTrail;
import cn.js.pilotzone.IntegrationTest;
import cn.js.pilotzone.TestAccounts;
import cn.js.pilotzone.identity.domain.Account;
import cn.js.pilotzone.identity.domain.AccountRepository;
import cn.js.pilotzone.identity.domain.OrganisationRepository;

@IntegrationTest
class RegistrationIT {

    private static final String PASSWORD = "Park#Reg2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRepository accounts;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    AuditTrail auditTrail;

    private MvcResult register(String login, String parkName, String jurisdiction, String mobile) throws Exception {
        return register(login, parkName, jurisdiction, mobile, PASSWORD, TestAccounts.creditCode());
    }

    private MvcResult register(String login, String parkName, String jurisdiction, String mobile, String password,
            String creditCode) throws Exception {
        MockHttpServletRequestBuilder request = post("/register").with(csrf())
                .param("parkName", parkName).param("jurisdictionCode", jurisdiction)
                .param("parkKindCode", "HIGH_TECH_ZONE").param("approvalLevel", "PROVINCIAL")
                .param("applicantUnitKindCode", "MANAGEMENT_COMMITTEE").param("creditCode", creditCode)
                .param("address", "江苏省南京市示例路 1 号")
                .param("loginName", login).param("displayName", "张三").param("mobile", mobile)
                .param("email", "zhangsan@example.cn").param("password", password).param("confirmation", password);
        return mvc.perform(request).andReturn();
    }

    private long registeredAccountId(String login) {
        return accounts.findByLoginName(login).orElseThrow().id();
    }

    @Test
    void aRegisteredParkWaitsForItsCityAndCannotLogInMeanwhile() throws Exception {
        String login = TestAccounts.uniqueName("park");
        MvcResult result = register(login, "待审园区" + login, "320100", "13912345678");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/register/done");

        Account account = accounts.findByLoginName(login).orElseThrow();
        assertThat(account.status()).isEqualTo(AccountStatus.PENDING);
        assertThat(account.roles()).containsExactly(Role.APPLICANT);
        assertThat(auditTrail.actionsOf(login)).contains("REGISTRATION_SUBMITTED");

        MockHttpSession session = new MockHttpSession();
        login(mvc, session, "10.30.0.1", login, PASSWORD, null);
        assertThat(loginPage(mvc, session)).contains("等待所在地市主管部门审核");
    }

    @Test
    void theReviewerOfTheParksCityApprovesAndTheParkCanLogIn() throws Exception {
        String login = TestAccounts.uniqueName("park");
        register(login, "南京待审园区" + login, "320100", "13912345678");
        MockHttpSession reviewer = signedIn(mvc, "nanjing-reviewer", TestAccounts.DEMO_PASSWORD);

        String home = body(mvc.perform(get("/").session(reviewer)).andReturn());
        assertThat(home).containsPattern("有 \\d+ 个园区注册待审核");
        assertThat(body(mvc.perform(get("/registrations").session(reviewer)).andReturn()))
                .contains("南京待审园区" + login);

        mvc.perform(post("/registrations/{id}/approve", registeredAccountId(login)).session(reviewer).with(csrf()));

        assertThat(accounts.findByLoginName(login).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(signedIn(mvc, login, PASSWORD)).isNotNull();
        assertThat(auditTrail.actionsOf("nanjing-reviewer")).contains("REGISTRATION_APPROVED");
    }

    @Test
    void aReviewerOfAnotherCityNeitherSeesNorDecidesTheRegistration() throws Exception {
        String login = TestAccounts.uniqueName("park");
        register(login, "苏州待审园区" + login, "320500", "13912345678");
        MockHttpSession nanjing = signedIn(mvc, "nanjing-reviewer", TestAccounts.DEMO_PASSWORD);

        assertThat(body(mvc.perform(get("/registrations").session(nanjing)).andReturn()))
                .doesNotContain("苏州待审园区" + login);
        MvcResult approve = mvc.perform(post("/registrations/{id}/approve", registeredAccountId(login))
                .session(nanjing).with(csrf())).andReturn();

        assertThat(approve.getResponse().getStatus()).isEqualTo(404);
        assertThat(accounts.findByLoginName(login).orElseThrow().status()).isEqualTo(AccountStatus.PENDING);
    }

    @Test
    void theSystemAdministratorMayApproveARegistrationOfAnyCity() throws Exception {
        String login = TestAccounts.uniqueName("park");
        register(login, "沭阳待审园区" + login, "321322", "13912345678");
        MockHttpSession sysadmin = signedIn(mvc, "sysadmin", TestAccounts.DEMO_PASSWORD);

        mvc.perform(post("/registrations/{id}/approve", registeredAccountId(login)).session(sysadmin).with(csrf()));

        assertThat(accounts.findByLoginName(login).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void anApplicantCannotApproveRegistrations() throws Exception {
        String login = TestAccounts.uniqueName("park");
        register(login, "自批园区" + login, "320100", "13912345678");
        MockHttpSession park = signedIn(mvc, "park-nanjing", TestAccounts.DEMO_PASSWORD);

        MvcResult result = mvc.perform(post("/registrations/{id}/approve", registeredAccountId(login)).session(park)
                .with(csrf())).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(accounts.findByLoginName(login).orElseThrow().status()).isEqualTo(AccountStatus.PENDING);
    }

    @Test
    void aRejectionNeedsAReason() throws Exception {
        String login = TestAccounts.uniqueName("park");
        register(login, "被驳回园区" + login, "320583", "13912345678");
        MockHttpSession kunshan = signedIn(mvc, "kunshan-reviewer", TestAccounts.DEMO_PASSWORD);
        long id = registeredAccountId(login);

        mvc.perform(post("/registrations/{id}/reject", id).param("reason", " ").session(kunshan).with(csrf()));
        assertThat(accounts.findByLoginName(login).orElseThrow().status()).isEqualTo(AccountStatus.PENDING);

        mvc.perform(post("/registrations/{id}/reject", id).param("reason", "过长".repeat(300)).session(kunshan)
                .with(csrf()));
        assertThat(accounts.findByLoginName(login).orElseThrow().status()).isEqualTo(AccountStatus.PENDING);

        mvc.perform(post("/registrations/{id}/reject", id).param("reason", "非省级以上园区，材料不实").session(kunshan)
                .with(csrf()));
        assertThat(accounts.findByLoginName(login).orElseThrow().status()).isEqualTo(AccountStatus.REJECTED);
    }

    @Test
    void anInvalidRegistrationIsExplainedFieldByFieldAndCreatesNothing() throws Exception {
        String login = TestAccounts.uniqueName("park");
        MvcResult result = register(login, "格式错误园区" + login, "320100", "1234");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = body(result);
        assertThat(page).contains("提交未成功").contains("请输入 11 位手机号码").contains("href=\"#mobile\"")
                .contains("value=\"格式错误园区" + login + "\"").doesNotContain(PASSWORD);
        assertThat(accounts.findByLoginName(login)).isEmpty();
        assertThat(organisations.existsByName("格式错误园区" + login)).isFalse();
    }

    @Test
    void aCreditCodeWithAWrongCheckCharacterIsShownOnItsField() throws Exception {
        String login = TestAccounts.uniqueName("park");
        String valid = TestAccounts.creditCode();
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        MvcResult result = register(login, "代码错误园区" + login, "320100", "13912345678", PASSWORD, wrong);

        assertThat(body(result)).contains("统一社会信用代码不正确").contains("href=\"#creditCode\"");
        assertThat(accounts.findByLoginName(login)).isEmpty();
    }

    @Test
    void aCreditCodeAlreadyRecordedIsRefused() throws Exception {
        String code = TestAccounts.creditCode();
        register(TestAccounts.uniqueName("park"), "先登记园区" + code, "320100", "13912345678", PASSWORD, code);
        String login = TestAccounts.uniqueName("park");

        MvcResult second = register(login, "重复代码园区" + code, "320100", "13912345678", PASSWORD, code);

        assertThat(body(second)).contains("已登记给另一单位");
        assertThat(accounts.findByLoginName(login)).isEmpty();
    }

    @Test
    void aRegistrationWithAWeakPasswordIsRefused() throws Exception {
        String login = TestAccounts.uniqueName("park");
        MvcResult result = register(login, "弱密码园区" + login, "320100", "13912345678", "password1",
                TestAccounts.creditCode());

        assertThat(body(result)).contains("至少 3 类");
        assertThat(accounts.findByLoginName(login)).isEmpty();
    }
}
