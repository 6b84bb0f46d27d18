package cn.js.pilotzone.identity;

import static cn.js.pilotzone.WebClientSupport.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.js.pilotzone.IntegrationTest;
import cn.js.pilotzone.MutableClock;
import cn.js.pilotzone.TestAccounts;
import cn.js.pilotzone.identity.domain.Account;

/** An administrator's change reaches sessions that are already open, at their next request. */
@IntegrationTest
class SessionStateIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.set(IntegrationTest.START);
    }

    private MockHttpSession sysadmin() throws Exception {
        return signedIn(mvc, "sysadmin", TestAccounts.DEMO_PASSWORD);
    }

    private MvcResult home(MockHttpSession session) throws Exception {
        return mvc.perform(get("/").session(session)).andReturn();
    }

    @Test
    void disablingAnAccountEndsItsOpenSession() throws Exception {
        Account account = testAccounts.active(TestAccounts.NANJING_PARK, Role.APPLICANT);
        MockHttpSession session = signedIn(mvc, account.loginName(), TestAccounts.PASSWORD);
        assertThat(home(session).getResponse().getStatus()).isEqualTo(200);

        mvc.perform(post("/admin/accounts/{id}/disable", account.id()).session(sysadmin()).with(csrf()));

        assertThat(home(session).getResponse().getRedirectedUrl()).isEqualTo("/login?ended");
        assertThat(mvc.perform(get("/login").param("ended", "")).andReturn().getResponse().getContentAsString())
                .contains("本次登录已结束");
    }

    @Test
    void resettingAPasswordEndsTheSessionsOpenedWithTheOldOne() throws Exception {
        Account account = testAccounts.active(TestAccounts.NANJING_PARK, Role.APPLICANT);
        MockHttpSession session = signedIn(mvc, account.loginName(), TestAccounts.PASSWORD);
        clock.advance(Duration.ofMinutes(5));

        mvc.perform(post("/admin/accounts/{id}/reset-password", account.id()).session(sysadmin()).with(csrf()));

        assertThat(home(session).getResponse().getRedirectedUrl()).isEqualTo("/login?ended");
    }

    @Test
    void aRemovedRoleIsRemovedFromTheOpenSessionAtOnce() throws Exception {
        Account account = testAccounts.active(TestAccounts.NANJING_CITY, Role.CITY_REVIEWER);
        MockHttpSession session = signedIn(mvc, account.loginName(), TestAccounts.PASSWORD);
        assertThat(mvc.perform(get("/registrations").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        Account current = testAccounts.reload(account);
        mvc.perform(post("/admin/accounts/{id}", account.id()).session(sysadmin()).with(csrf())
                .param("displayName", "改为专家").param("roles", "EXPERT")
                .param("version", Long.toString(current.version())));
        assertThat(testAccounts.reload(account).roles()).containsExactly(Role.EXPERT);

        assertThat(mvc.perform(get("/registrations").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void aPersonsOwnPasswordChangeKeepsTheirSessionOpen() throws Exception {
        Account account = testAccounts.active(TestAccounts.NANJING_PARK, Role.APPLICANT);
        MockHttpSession session = signedIn(mvc, account.loginName(), TestAccounts.PASSWORD);

        mvc.perform(post("/account/password").session(session).with(csrf())
                .param("currentPassword", TestAccounts.PASSWORD).param("newPassword", "Own#Change2026")
                .param("confirmation", "Own#Change2026"));

        assertThat(home(session).getResponse().getStatus()).isEqualTo(200);
    }
}
