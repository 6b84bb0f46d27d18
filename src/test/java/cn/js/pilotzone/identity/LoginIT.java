package cn.js.pilotzone.identity;

import static cn.js.pilotzone.WebClientSupport.body;
import static cn.js.pilotzone.WebClientSupport.from;
import static cn.js.pilotzone.WebClientSupport.login;
import static cn.js.pilotzone.WebClientSupport.loginPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.js.pilotzone.AuditTrail;
import cn.js.pilotzone.IntegrationTest;
import cn.js.pilotzone.MutableClock;
import cn.js.pilotzone.TestAccounts;
import cn.js.pilotzone.identity.domain.Account;

@IntegrationTest
class LoginIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    MutableClock clock;
    @Autowired
    PasswordEncoder passwordEncoder;

    /** Each test logs in from its own address, so that throttling by address stays per test. */
    private final String address = "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);

    @AfterEach
    void resetClock() {
        clock.set(IntegrationTest.START);
    }

    private static String failedPage(MockMvc mvc, MockHttpSession session) throws Exception {
        return loginPage(mvc, session);
    }

    @Test
    void aSuccessfulLoginIsAuditedAndStartsANewSessionId() throws Exception {
        Account account = testAccounts.active(TestAccounts.NANJING_PARK, Role.APPLICANT);
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcResult result = login(mvc, session, address, account.loginName(), TestAccounts.PASSWORD, null);

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
        AuditTrail.Row row = auditTrail.byActor(account.loginName()).get(0);
        assertThat(row.action()).isEqualTo("LOGIN_SUCCESS");
        assertThat(row.organisation()).isEqualTo(TestAccounts.NANJING_PARK);
        assertThat(row.clientAddress()).isEqualTo(address);
    }

    @Test
    void aLoggedInSessionEndsAfterThirtyIdleMinutes() throws Exception {
        Account account = testAccounts.active(TestAccounts.NANJING_PARK, Role.APPLICANT);
        MvcResult result = login(mvc, new MockHttpSession(), address, account.loginName(), TestAccounts.PASSWORD,
                null);
        assertThat(result.getRequest().getSession().getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    @Test
    void aWrongPasswordIsAuditedAndExplainedInChinese() throws Exception {
        Account account = testAccounts.active(TestAccounts.NANJING_PARK, Role.APPLICANT);
        MockHttpSession session = new MockHttpSession();

        MvcResult result = login(mvc, session, address, account.loginName(), "Wrong#Pass1", null);

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        String page = failedPage(mvc, session);
        assertThat(page).contains("用户名或密码错误").contains("value=\"" + account.loginName() + "\"");
        assertThat(auditTrail.byActor(account.loginName())).singleElement()
                .satisfies(row -> {
                    assertThat(row.action()).isEqualTo("LOGIN_FAILURE");
                    assertThat(row.result()).isEqualTo("FAILURE");
                });
    }

    @Test
    void anUnknownNameGetsTheSameAnswerAsAWrongPassword() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String stranger = "nobody" + UUID.randomUUID().toString().substring(0, 6);
        login(mvc, session, address, stranger, "Wrong#Pass1", null);
        assertThat(failedPage(mvc, session)).contains("用户名或密码错误");
        assertThat(auditTrail.actionsOf(stranger)).containsExactly("LOGIN_FAILURE");
    }

    @Test
    void theFifthFailureLocksTheAccountForThirtyMinutesEvenAgainstTheRightPassword() throws Exception {
        Account account = testAccounts.active(TestAccounts.NANJING_PARK, Role.APPLICANT);
        MockHttpSession session = new MockHttpSession();
        for (int i = 0; i < 5; i++) {
            login(mvc, session, address, account.loginName(), "Wrong#Pass1", null);
        }
        assertThat(failedPage(mvc, session)).contains("账号已锁定");
        assertThat(auditTrail.actionsOf(account.loginName())).contains("LOGIN_LOCKED");

        MvcResult whileLocked = login(mvc, session, address, account.loginName(), TestAccounts.PASSWORD, null);
        assertThat(whileLocked.getResponse().getRedirectedUrl()).isEqualTo("/login?error");

        clock.advance(Duration.ofMinutes(29));
        assertThat(login(mvc, session, address, account.loginName(), TestAccounts.PASSWORD, null).getResponse()
                .getRedirectedUrl()).isEqualTo("/login?error");

        clock.advance(Duration.ofMinutes(1));
        assertThat(login(mvc, session, address, account.loginName(), TestAccounts.PASSWORD, null).getResponse()
                .getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void anAddressWithTooManyFailuresIsRefusedBeforeAnyPasswordIsChecked() throws Exception {
        Account account = testAccounts.active(TestAccounts.NANJING_PARK, Role.APPLICANT);
        for (int i = 0; i < 8; i++) {
            login(mvc, new MockHttpSession(), address, "stranger" + i, "Wrong#Pass1", null);
        }
        MvcResult refused = login(mvc, new MockHttpSession(), address, account.loginName(), TestAccounts.PASSWORD,
                null);
        assertThat(refused.getResponse().getStatus()).isEqualTo(429);
        login(mvc, new MockHttpSession(), address, account.loginName(), TestAccounts.PASSWORD, null);
        assertThat(auditTrail.after(0)).filteredOn(row -> row.action().equals("LOGIN_THROTTLED"))
                .filteredOn(row -> row.clientAddress().equals(address)).hasSize(1);

        MvcResult otherAddress = login(mvc, new MockHttpSession(), "10.250.0.1", account.loginName(),
                TestAccounts.PASSWORD, null);
        assertThat(otherAddress.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aTemporaryPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        Account account = testAccounts.withTemporaryPassword(TestAccounts.NANJING_PARK, Role.APPLICANT);
        MockHttpSession session = new MockHttpSession();
        login(mvc, session, address, account.loginName(), TestAccounts.PASSWORD, null);

        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/account/password");
        assertThat(mvc.perform(get("/registrations").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/account/password");
        assertThat(mvc.perform(get("/css/app.css").session(session)).andReturn().getResponse().getStatus())
                .as("the password page needs its style sheet").isEqualTo(200);

        mvc.perform(post("/account/password").session(session).with(csrf())
                .param("currentPassword", TestAccounts.PASSWORD).param("newPassword", "Brand#New2026")
                .param("confirmation", "Brand#New2026"));

        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(auditTrail.actionsOf(account.loginName())).contains("PASSWORD_CHANGED");
    }

    @Test
    void aPasswordThatBreaksThePolicyIsRefusedAndNothingChanges() throws Exception {
        Account account = testAccounts.withTemporaryPassword(TestAccounts.NANJING_PARK, Role.APPLICANT);
        MockHttpSession session = new MockHttpSession();
        login(mvc, session, address, account.loginName(), TestAccounts.PASSWORD, null);

        MvcResult result = mvc.perform(post("/account/password").session(session).with(csrf())
                .param("currentPassword", TestAccounts.PASSWORD).param("newPassword", "short")
                .param("confirmation", "short")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(result)).contains("密码至少 8 位").contains("提交未成功");
        assertThat(passwordEncoder.matches(TestAccounts.PASSWORD, testAccounts.reload(account).passwordHash()))
                .isTrue();
        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/account/password");
    }

    @Test
    void aPasswordOlderThanNinetyDaysHasExpiredAndMustBeChanged() throws Exception {
        Account account = testAccounts.active(TestAccounts.NANJING_PARK, Role.APPLICANT);
        clock.advance(Duration.ofDays(91));
        MockHttpSession session = new MockHttpSession();
        login(mvc, session, address, account.loginName(), TestAccounts.PASSWORD, null);

        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/account/password");
        assertThat(body(mvc.perform(get("/account/password").session(session)).andReturn())).contains("已过期");
    }

    @Test
    void aProvinceAdministratorWithoutSecondFactorMustEnrolOneFirst() throws Exception {
        Account account = testAccounts.active(TestAccounts.PROVINCE, Role.PROVINCE_ADMIN);
        MockHttpSession session = new MockHttpSession();
        login(mvc, session, address, account.loginName(), TestAccounts.PASSWORD, null);

        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/account/second-factor");
        String page = body(mvc.perform(get("/account/second-factor").session(session)).andReturn());
        assertThat(page).contains("data:image/png;base64,");
        String secret = page.replaceAll("(?s).*<div class=\"secret-box\">([A-Z2-7]+)</div>.*", "$1");

        mvc.perform(post("/account/second-factor").session(session).with(csrf())
                .param("code", Totp.codeAt(secret, Totp.stepAt(clock.instant()))));

        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(testAccounts.reload(account).hasSecondFactor()).isTrue();
        assertThat(auditTrail.actionsOf(account.loginName())).contains("SECOND_FACTOR_ENROLLED");
    }

    @Test
    void anyAccountMayEnrolASecondFactorOfItsOwnAccord() throws Exception {
        Account account = testAccounts.active(TestAccounts.NANJING_PARK, Role.APPLICANT);
        MockHttpSession session = new MockHttpSession();
        login(mvc, session, address, account.loginName(), TestAccounts.PASSWORD, null);
        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);

        String page = body(mvc.perform(get("/account/second-factor").session(session)).andReturn());
        String secret = page.replaceAll("(?s).*<div class=\"secret-box\">([A-Z2-7]+)</div>.*", "$1");
        mvc.perform(post("/account/second-factor").session(session).with(csrf())
                .param("code", Totp.codeAt(secret, Totp.stepAt(clock.instant()))));

        assertThat(testAccounts.reload(account).hasSecondFactor()).isTrue();
        MockHttpSession withoutCode = new MockHttpSession();
        login(mvc, withoutCode, address, account.loginName(), TestAccounts.PASSWORD, null);
        assertThat(failedPage(mvc, withoutCode)).contains("请输入验证器中的 6 位动态验证码");
    }

    @Test
    void anEnrolledAccountNeedsAFreshValidCode() throws Exception {
        String secret = Totp.newSecret();
        Account account = testAccounts.withSecondFactor(TestAccounts.PROVINCE, Role.AUDITOR, secret);
        String code = Totp.codeAt(secret, Totp.stepAt(clock.instant()));

        MockHttpSession noCode = new MockHttpSession();
        login(mvc, noCode, address, account.loginName(), TestAccounts.PASSWORD, null);
        assertThat(failedPage(mvc, noCode)).contains("请输入验证器中的 6 位动态验证码");

        MockHttpSession wrongCode = new MockHttpSession();
        String wrong = code.equals("000000") ? "111111" : "000000";
        login(mvc, wrongCode, address, account.loginName(), TestAccounts.PASSWORD, wrong);
        assertThat(failedPage(mvc, wrongCode)).contains("动态验证码错误");

        MvcResult accepted = login(mvc, new MockHttpSession(), address, account.loginName(), TestAccounts.PASSWORD,
                code);
        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/");

        MockHttpSession replay = new MockHttpSession();
        login(mvc, replay, address, account.loginName(), TestAccounts.PASSWORD, code);
        assertThat(failedPage(mvc, replay)).contains("动态验证码错误");
    }

    @Test
    void aLogoutIsAudited() throws Exception {
        Account account = testAccounts.active(TestAccounts.NANJING_PARK, Role.APPLICANT);
        MockHttpSession session = new MockHttpSession();
        login(mvc, session, address, account.loginName(), TestAccounts.PASSWORD, null);

        MvcResult result = mvc.perform(post("/logout").session(session).with(csrf())).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?logout");
        assertThat(auditTrail.actionsOf(account.loginName())).containsExactly("LOGIN_SUCCESS", "LOGOUT");
    }

    @Test
    void passwordsAreStoredAsSaltedBcryptHashes() {
        Account first = testAccounts.active(TestAccounts.NANJING_PARK, Role.APPLICANT);
        Account second = testAccounts.active(TestAccounts.NANJING_PARK, Role.APPLICANT);
        assertThat(first.passwordHash()).startsWith("$2a$").doesNotContain(TestAccounts.PASSWORD);
        assertThat(first.passwordHash()).isNotEqualTo(second.passwordHash());
        assertThat(productionSetting("pilotzone.identity.bcrypt-strength")).as("production hashing cost")
                .isEqualTo("12");
    }

    private static String productionSetting(String name) {
        try {
            return PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"))
                    .getProperty(name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        Account account = testAccounts.disabled(TestAccounts.NANJING_PARK, Role.APPLICANT);
        MockHttpSession session = new MockHttpSession();
        login(mvc, session, address, account.loginName(), TestAccounts.PASSWORD, null);
        assertThat(failedPage(mvc, session)).contains("账号已停用");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        MvcResult result = mvc.perform(get("/login").with(from(address))).andReturn();
        String policy = result.getResponse().getHeader("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(body(result)).doesNotContain("<script>").doesNotContain("onclick=");
    }
}
