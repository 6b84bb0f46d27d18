package cn.js.pilotzone.application;

import static cn.js.pilotzone.WebClientSupport.body;
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

import cn.js.pilotzone.AuditTrail;
import cn.js.pilotzone.IntegrationTest;
import cn.js.pilotzone.TestAccounts;
import cn.js.pilotzone.TestRounds;
import cn.js.pilotzone.application.domain.EvaluationRoundRepository;

@IntegrationTest
class RoundsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationRoundRepository rounds;
    @Autowired
    AuditTrail auditTrail;

    @Autowired
    TestRounds testRounds;

    /** Years are unique per round; each test takes one that no round holds yet. */
    private int someYear() {
        return testRounds.freeYear();
    }

    private MvcResult openRound(MockHttpSession session, int year, String opens, String closes) throws Exception {
        return mvc.perform(post("/rounds/new").session(session).with(csrf()).param("year", Integer.toString(year))
                .param("windowOpens", opens).param("windowCloses", closes).param("statisticsCutoff", "2026-02-28")
                .param("paperCopies", "2").param("cityReviewDeadline", "2026-04-30")).andReturn();
    }

    @Test
    void theProvinceOpensARoundThatParksSeeWithItsDeadline() throws Exception {
        int year = someYear();
        MockHttpSession province = signedIn(mvc, "province", TestAccounts.DEMO_PASSWORD);

        MvcResult opened = openRound(province, year, "2026-03-01", "2026-03-31");

        long id = rounds.findAllByOrderByYearDesc().stream().filter(r -> r.year() == year).findFirst()
                .orElseThrow().id();
        assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo("/rounds/" + id);
        assertThat(auditTrail.byActor("province")).anySatisfy(row -> {
            assertThat(row.action()).isEqualTo("ROUND_OPENED");
            assertThat(row.objectRef()).isEqualTo("round:" + id);
        });

        MockHttpSession park = signedIn(mvc, "park-nanjing", TestAccounts.DEMO_PASSWORD);
        String home = body(mvc.perform(get("/").session(park)).andReturn());
        assertThat(home).contains(year + " 年度申报批次正在受理申报").contains("截止日期：2026-03-31");
        String page = body(mvc.perform(get("/rounds/{id}", id).session(park)).andReturn());
        assertThat(page).contains(year + " 年度申报批次").contains("2026-03-01 ～ 2026-03-31").contains("2026-02-28").contains("一式 2 份")
                .contains("受理中");
    }

    @Test
    void aParkCannotOpenARound() throws Exception {
        int year = someYear();
        MockHttpSession park = signedIn(mvc, "park-suzhou", TestAccounts.DEMO_PASSWORD);

        MvcResult result = openRound(park, year, "2026-03-01", "2026-03-31");

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(rounds.existsByYear(year)).isFalse();
        assertThat(mvc.perform(get("/rounds/new").session(park)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void theSystemAdministratorDoesNotSeeRounds() throws Exception {
        MockHttpSession sysadmin = signedIn(mvc, "sysadmin", TestAccounts.DEMO_PASSWORD);
        assertThat(mvc.perform(get("/rounds").session(sysadmin)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void aReversedWindowIsExplainedAndNothingIsOpened() throws Exception {
        int year = someYear();
        MockHttpSession province = signedIn(mvc, "province", TestAccounts.DEMO_PASSWORD);

        MvcResult result = openRound(province, year, "2026-03-31", "2026-03-01");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(result)).contains("申报截止日期不能早于开始日期");
        assertThat(rounds.existsByYear(year)).isFalse();
    }

    @Test
    void aSecondRoundForTheSameYearIsRefused() throws Exception {
        int year = someYear();
        MockHttpSession province = signedIn(mvc, "province", TestAccounts.DEMO_PASSWORD);
        openRound(province, year, "2026-03-01", "2026-03-31");

        MvcResult second = openRound(province, year, "2026-03-01", "2026-03-31");

        assertThat(body(second)).contains(year + " 年度已有申报批次");
        assertThat(rounds.findAllByOrderByYearDesc().stream().filter(r -> r.year() == year)).hasSize(1);
    }

    @Test
    void anUnreadableDateIsExplainedOnItsField() throws Exception {
        MockHttpSession province = signedIn(mvc, "province", TestAccounts.DEMO_PASSWORD);
        MvcResult result = openRound(province, someYear(), "2026-13-45", "2026-03-31");
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(result)).contains("申报开始日期").contains("格式不正确");
    }
}
