package cn.js.pilotzone.identity;

import static cn.js.pilotzone.WebClientSupport.body;
import static cn.js.pilotzone.WebClientSupport.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.js.pilotzone.AuditTrail;
import cn.js.pilotzone.IntegrationTest;
import cn.js.pilotzone.TestAccounts;
import cn.js.pilotzone.WebClientSupport;
import cn.js.pilotzone.identity.domain.Account;
import cn.js.pilotzone.identity.domain.AccountRepository;
import cn.js.pilotzone.identity.domain.Organisation;
import cn.js.pilotzone.identity.domain.OrganisationRepository;

@IntegrationTest
class AdministrationIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRepository accounts;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    AuditTrail auditTrail;

    private MockHttpSession sysadmin;

    @BeforeEach
    void logIn() throws Exception {
        sysadmin = signedIn(mvc, "sysadmin", TestAccounts.DEMO_PASSWORD);
    }

    private String temporaryPasswordIn(String page) {
        return page.replaceAll("(?s).*<span class=\"secret-box d-inline-block\">([^<]+)</span>.*", "$1");
    }

    private MvcResult createAccount(String login, long organisationId, String... roles) throws Exception {
        var request = post("/admin/accounts/new").session(sysadmin).with(csrf()).param("loginName", login)
                .param("organisationId", Long.toString(organisationId)).param("displayName", "李四")
                .param("mobile", "13812345678").param("email", "lisi@example.cn");
        for (String role : roles) {
            request.param("roles", role);
        }
        return mvc.perform(request).andReturn();
    }

    @Test
    void theAdministratorCreatesAParkWithItsJurisdictionKindAndLevel() throws Exception {
        String name = "新建园区" + TestAccounts.uniqueName("");
        mvc.perform(post("/admin/organisations/new").session(sysadmin).with(csrf()).param("kind", "PARK")
                .param("name", name).param("jurisdictionCode", "321283").param("parkKindCode", "BIG_DATA_PARK")
                .param("approvalLevel", "PROVINCIAL").param("applicantUnitKindCode", "OPERATING_COMPANY")
                .param("creditCode", TestAccounts.creditCode()));

        Organisation park = organisations.findByName(name).orElseThrow();
        assertThat(park.jurisdiction().nameZh()).isEqualTo("泰兴市");
        assertThat(park.parkKind().code()).isEqualTo("BIG_DATA_PARK");
        assertThat(park.approvalLevel()).isEqualTo(ApprovalLevel.PROVINCIAL);
        assertThat(auditTrail.actionsOf("sysadmin")).contains("ORGANISATION_CREATED");
        assertThat(body(mvc.perform(get("/admin/organisations").param("q", name).session(sysadmin)).andReturn()))
                .contains(name).contains("泰兴市").contains("大数据产业园").contains("2026-03-02");
    }

    @Test
    void aParkWithoutJurisdictionIsRefusedWithAClearMessage() throws Exception {
        String name = "缺地区园区" + TestAccounts.uniqueName("");
        MvcResult result = mvc.perform(post("/admin/organisations/new").session(sysadmin).with(csrf())
                .param("kind", "PARK").param("name", name).param("parkKindCode", "BIG_DATA_PARK")
                .param("approvalLevel", "PROVINCIAL").param("applicantUnitKindCode", "OPERATING_COMPANY")
                .param("creditCode", TestAccounts.creditCode())).andReturn();

        assertThat(body(result)).contains("请选择所在地市");
        assertThat(organisations.existsByName(name)).isFalse();
    }

    @Test
    void aNewAccountGetsATemporaryPasswordShownOnceThatMustBeChanged() throws Exception {
        String login = TestAccounts.uniqueName("new");
        long park = testAccounts.organisation(TestAccounts.NANJING_PARK).id();
        String page = body(createAccount(login, park, "APPLICANT"));
        String temporary = temporaryPasswordIn(page);
        assertThat(temporary).hasSize(12);
        assertThat(PasswordPolicy.violations(login, temporary)).isEmpty();

        MockHttpSession person = signedIn(mvc, login, temporary);
        assertThat(mvc.perform(get("/").session(person)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/account/password");
        assertThat(auditTrail.actionsOf("sysadmin")).contains("ACCOUNT_CREATED");
        assertThat(body(mvc.perform(get("/admin/accounts/{id}", accounts.findByLoginName(login).orElseThrow().id())
                .session(sysadmin)).andReturn())).doesNotContain(temporary);
    }

    @Test
    void theSystemAdministratorRoleCannotBeCombinedWithAnother() throws Exception {
        String login = TestAccounts.uniqueName("combo");
        long province = testAccounts.organisation(TestAccounts.PROVINCE).id();
        MvcResult result = createAccount(login, province, "SYSADMIN", "PROVINCE_ADMIN");

        assertThat(body(result)).contains("须单独设置");
        assertThat(accounts.findByLoginName(login)).isEmpty();
    }

    @Test
    void anAdministratorCannotChangeTheRolesOfItsOwnAccount() throws Exception {
        Account me = accounts.findByLoginName("sysadmin").orElseThrow();
        MvcResult result = mvc.perform(post("/admin/accounts/{id}", me.id()).session(sysadmin).with(csrf())
                .param("displayName", "系统管理员").param("roles", "AUDITOR")
                .param("version", Long.toString(me.version()))).andReturn();

        assertThat(body(result)).contains("不能变更自己账号的角色");
        assertThat(accounts.findByLoginName("sysadmin").orElseThrow().roles()).containsExactly(Role.SYSADMIN);
    }

    @Test
    void aRoleRefusalNamesTheRoleInThePersonsLanguage() throws Exception {
        long province = testAccounts.organisation(TestAccounts.PROVINCE).id();
        String page = body(createAccount(TestAccounts.uniqueName("combo"), province, "AUDITOR", "EXPERT"));
        assertThat(page).contains("角色“审计管理员”须单独设置");
    }

    @Test
    void aTakenLoginNameIsShownOnItsField() throws Exception {
        long park = testAccounts.organisation(TestAccounts.NANJING_PARK).id();
        String page = body(createAccount("park-nanjing", park, "APPLICANT"));
        assertThat(page).contains("用户名“park-nanjing”已被使用").contains("href=\"#loginName\"");
    }

    @Test
    void aRoleChangeIsAuditedWithBeforeAndAfter() throws Exception {
        Account expert = testAccounts.active(TestAccounts.EXPERTS, Role.EXPERT);
        mvc.perform(post("/admin/accounts/{id}", expert.id()).session(sysadmin).with(csrf())
                .param("displayName", "王五").param("roles", "EXPERT").param("roles", "PROVINCE_ADMIN")
                .param("version", Long.toString(expert.version())));
        assertThat(testAccounts.reload(expert).roles()).containsExactly(Role.EXPERT);

        mvc.perform(post("/admin/accounts/{id}", expert.id()).session(sysadmin).with(csrf())
                .param("displayName", "王五").param("roles", "EXPERT").param("roles", "APPLICANT")
                .param("version", Long.toString(expert.version())));
        assertThat(testAccounts.reload(expert).roles()).containsExactly(Role.EXPERT);

        Account province = testAccounts.active(TestAccounts.PROVINCE, Role.EXPERT);
        mvc.perform(post("/admin/accounts/{id}", province.id()).session(sysadmin).with(csrf())
                .param("displayName", "赵六").param("roles", "EXPERT").param("roles", "PROVINCE_ADMIN")
                .param("version", Long.toString(province.version())));
        assertThat(testAccounts.reload(province).roles()).containsExactlyInAnyOrder(Role.EXPERT, Role.PROVINCE_ADMIN);
        assertThat(auditTrail.byActor("sysadmin")).anySatisfy(row -> {
            assertThat(row.action()).isEqualTo("ACCOUNT_ROLES_CHANGED");
            assertThat(row.objectRef()).isEqualTo("account:" + province.id());
            assertThat(row.detail()).isEqualTo("[EXPERT] -> [EXPERT, PROVINCE_ADMIN]");
        });
    }

    @Test
    void anEditOnAStaleFormIsRefusedAndChangesNothing() throws Exception {
        Account account = testAccounts.active(TestAccounts.NANJING_PARK, Role.APPLICANT);
        MvcResult result = mvc.perform(post("/admin/accounts/{id}", account.id()).session(sysadmin).with(csrf())
                .param("displayName", "过期表单").param("roles", "APPLICANT")
                .param("version", Long.toString(account.version() - 1))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(result)).contains("已被他人修改");
        assertThat(testAccounts.reload(account).displayName()).isEqualTo("测试用户");
    }

    @Test
    void aDisabledAccountCannotLogInUntilEnabledAndIsNeverDeleted() throws Exception {
        Account account = testAccounts.active(TestAccounts.NANJING_PARK, Role.APPLICANT);
        mvc.perform(post("/admin/accounts/{id}/disable", account.id()).session(sysadmin).with(csrf()));
        assertThat(testAccounts.reload(account).status()).isEqualTo(AccountStatus.DISABLED);

        MvcResult deletion = mvc.perform(delete("/admin/accounts/{id}", account.id()).session(sysadmin).with(csrf()))
                .andReturn();
        assertThat(deletion.getResponse().getStatus()).isEqualTo(405);
        assertThat(accounts.findById(account.id())).isPresent();

        mvc.perform(post("/admin/accounts/{id}/enable", account.id()).session(sysadmin).with(csrf()));
        assertThat(signedIn(mvc, account.loginName(), TestAccounts.PASSWORD)).isNotNull();
        assertThat(auditTrail.actionsOf("sysadmin")).contains("ACCOUNT_DISABLED", "ACCOUNT_ENABLED");
    }

    @Test
    void aLockedAccountShowsUntilWhenAndTheAdministratorCanUnlockIt() throws Exception {
        Account account = testAccounts.active(TestAccounts.NANJING_PARK, Role.APPLICANT);
        for (int i = 0; i < 5; i++) {
            WebClientSupport.login(mvc, new MockHttpSession(), "10.66.0." + i, account.loginName(), "Wrong#Pass1",
                    null);
        }
        String page = body(mvc.perform(get("/admin/accounts/{id}", account.id()).session(sysadmin)).andReturn());
        assertThat(page).contains("锁定至 2026-03-02 09:30").contains("解除锁定");

        mvc.perform(post("/admin/accounts/{id}/unlock", account.id()).session(sysadmin).with(csrf()));

        assertThat(signedIn(mvc, account.loginName(), TestAccounts.PASSWORD)).isNotNull();
        assertThat(auditTrail.actionsOf("sysadmin")).contains("ACCOUNT_UNLOCKED");
    }

    @Test
    void aResetPasswordIsTemporaryAndTheOldOneStopsWorking() throws Exception {
        Account account = testAccounts.active(TestAccounts.NANJING_PARK, Role.APPLICANT);
        String page = body(mvc.perform(post("/admin/accounts/{id}/reset-password", account.id()).session(sysadmin)
                .with(csrf())).andReturn());
        String temporary = temporaryPasswordIn(page);

        MockHttpSession person = signedIn(mvc, account.loginName(), temporary);
        assertThat(mvc.perform(get("/").session(person)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/account/password");
        assertThat(testAccounts.reload(account).passwordChangeRequired()).isTrue();
    }

    @Test
    void theAccountListPagesFiltersAndSearches() throws Exception {
        String page = body(mvc.perform(get("/admin/accounts").param("role", "EXPERT").param("size", "2")
                .session(sysadmin)).andReturn());
        assertThat(page).contains("expert1").contains("expert2").doesNotContain("park-nanjing")
                .contains("下一页");

        String search = body(mvc.perform(get("/admin/accounts").param("q", "kunshan").session(sysadmin)).andReturn());
        assertThat(search).contains("kunshan-reviewer").contains("park-kunshan").doesNotContain("expert1");
    }

    @Test
    void aMalformedIdIsABadRequestNotAStackTrace() throws Exception {
        MvcResult result = mvc.perform(get("/admin/accounts/abc").session(sysadmin)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(result)).contains("请求有误").doesNotContain("Exception").doesNotContain("at cn.js");
    }

    @Test
    void theLanguageSwitchKeepsThePageAndItsFilters() throws Exception {
        String page = body(mvc.perform(get("/admin/accounts?role=EXPERT").session(sysadmin)).andReturn());
        assertThat(page).contains("href=\"/admin/accounts?role=EXPERT&amp;lang=en\"");
    }

    @Test
    void aPageRenderedFromAFormPostSwitchesLanguageOnTheHomePage() throws Exception {
        Account account = testAccounts.active(TestAccounts.NANJING_PARK, Role.APPLICANT);
        String page = body(mvc.perform(post("/admin/accounts/{id}/reset-password", account.id()).session(sysadmin)
                .with(csrf())).andReturn());
        assertThat(page).contains("href=\"/?lang=en\"").doesNotContain("reset-password?lang");
    }

    @Test
    void anUnknownAccountIsNotFound() throws Exception {
        MvcResult result = mvc.perform(get("/admin/accounts/987654321").session(sysadmin)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(body(result)).contains("页面不存在");
    }
}
