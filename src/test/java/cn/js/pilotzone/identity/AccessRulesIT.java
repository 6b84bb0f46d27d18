package cn.js.pilotzone.identity;

import static cn.js.pilotzone.WebClientSupport.body;
import static cn.js.pilotzone.WebClientSupport.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.js.pilotzone.AuditTrail;
import cn.js.pilotzone.IntegrationTest;
import cn.js.pilotzone.TestAccounts;
import cn.js.pilotzone.identity.domain.OrganisationRepository;
import cn.js.pilotzone.ledger.AuditLog;
import cn.js.pilotzone.ledger.AuditQuery;

/** Each rule is tested from the side of the one who must be refused. */
@IntegrationTest
class AccessRulesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    AuditLog auditLog;
    @Autowired
    AccountAdministration accountAdministration;
    @Autowired
    OrganisationRepository organisations;

    private MockHttpSession as(String demoLogin) throws Exception {
        return signedIn(mvc, demoLogin, TestAccounts.DEMO_PASSWORD);
    }

    private int status(String url, MockHttpSession session) throws Exception {
        return mvc.perform(get(url).session(session)).andReturn().getResponse().getStatus();
    }

    @Test
    void theSystemAdministratorCannotReadTheAuditLog() throws Exception {
        MockHttpSession sysadmin = as("sysadmin");
        long before = auditTrail.lastSeq();

        assertThat(status("/audit", sysadmin)).isEqualTo(403);

        assertThat(auditTrail.after(before)).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo("sysadmin");
            assertThat(row.action()).isEqualTo("ACCESS_DENIED");
            assertThat(row.objectRef()).isEqualTo("url:GET /audit");
            assertThat(row.result()).isEqualTo("DENIED");
        });
    }

    @Test
    @WithMockUser(roles = "SYSADMIN")
    void theAuditLogServiceRefusesTheSystemAdministratorToo() {
        assertThatThrownBy(() -> auditLog.search(AuditQuery.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(auditLog::verifyChain).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void theAuditorCanReadOnlyTheAuditLog() throws Exception {
        MockHttpSession auditor = as("auditor");
        assertThat(status("/audit", auditor)).isEqualTo(200);
        assertThat(status("/admin/accounts", auditor)).isEqualTo(403);
        assertThat(status("/admin/organisations", auditor)).isEqualTo(403);
        assertThat(status("/registrations", auditor)).isEqualTo(403);
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void theAccountServiceRefusesTheAuditor() {
        assertThatThrownBy(() -> accountAdministration.search(null, null, null, null, PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void parksReviewersExpertsAndTheProvinceCannotAdministerAccountsOrReadTheAuditLog() throws Exception {
        for (String login : new String[] {"park-nanjing", "nanjing-reviewer", "expert1", "province"}) {
            MockHttpSession session = as(login);
            assertThat(status("/admin/accounts", session)).as(login).isEqualTo(403);
            assertThat(status("/admin/organisations", session)).as(login).isEqualTo(403);
            assertThat(status("/audit", session)).as(login).isEqualTo(403);
        }
        assertThat(status("/registrations", as("park-nanjing"))).isEqualTo(403);
    }

    @Test
    void evaluationPagesAreClosedToTheSystemAndAuditAdministratorsByDefault() throws Exception {
        // A page no module serves yet: the URL rule alone decides, before any handler is looked for.
        String futurePage = "/a-page-added-by-a-later-module";
        assertThat(status(futurePage, as("sysadmin"))).isEqualTo(403);
        assertThat(status(futurePage, as("auditor"))).isEqualTo(403);
        assertThat(status(futurePage, as("province"))).isEqualTo(404);
        assertThat(status("/rounds", as("sysadmin"))).isEqualTo(403);
        assertThat(status("/rounds", as("auditor"))).isEqualTo(403);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        MvcResult result = mvc.perform(get("/admin/accounts")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void aStateChangeWithoutCsrfTokenIsRefusedAndWritesOnlyItsAuditRecord() throws Exception {
        MockHttpSession sysadmin = as("sysadmin");
        long before = auditTrail.lastSeq();

        MvcResult result = mvc.perform(post("/admin/organisations/new").session(sysadmin)
                .param("kind", "EXPERT_INSTITUTION").param("name", "无令牌提交的单位")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(organisations.existsByName("无令牌提交的单位")).isFalse();
        assertThat(auditTrail.after(before)).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("ACCESS_DENIED");
            assertThat(row.detail()).isEqualTo("csrf");
        });
    }

    @Test
    void aForbiddenStateChangeWritesOnlyItsAuditRecord() throws Exception {
        MockHttpSession auditor = as("auditor");
        long before = auditTrail.lastSeq();

        MvcResult result = mvc.perform(post("/admin/organisations/new").session(auditor).with(csrf())
                .param("kind", "EXPERT_INSTITUTION").param("name", "审计员试图创建的单位")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(organisations.existsByName("审计员试图创建的单位")).isFalse();
        assertThat(auditTrail.after(before)).extracting(AuditTrail.Row::action).containsExactly("ACCESS_DENIED");
    }

    @Test
    void theNavigationShowsEachRoleOnlyItsOwnPages() throws Exception {
        String auditorHome = body(mvc.perform(get("/").session(as("auditor"))).andReturn());
        assertThat(auditorHome).contains("审计日志").doesNotContain("账号管理");
        String sysadminHome = body(mvc.perform(get("/").session(as("sysadmin"))).andReturn());
        assertThat(sysadminHome).contains("账号管理").doesNotContain("审计日志");
        String parkHome = body(mvc.perform(get("/").session(as("park-nanjing"))).andReturn());
        assertThat(parkHome).doesNotContain("账号管理").doesNotContain("审计日志").doesNotContain("注册审核");
    }
}
