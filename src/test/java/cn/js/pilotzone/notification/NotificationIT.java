package cn.js.pilotzone.notification;

import static cn.js.pilotzone.WebClientSupport.body;
import static cn.js.pilotzone.WebClientSupport.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import cn.js.pilotzone.IntegrationTest;
import cn.js.pilotzone.TestAccounts;
import cn.js.pilotzone.TestRounds;
import cn.js.pilotzone.application.SampleApplication;
import cn.js.pilotzone.application.domain.EvaluationRound;
import cn.js.pilotzone.identity.ApprovalLevel;
import cn.js.pilotzone.identity.Role;
import cn.js.pilotzone.identity.domain.Account;

@IntegrationTest
class NotificationIT {

    /** A real SMTP server in this process, on the port the test configuration points the mail sender at. */
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRounds testRounds;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    JdbcClient jdbc;

    private Account withEmail(String organisation, Role role, String email) {
        Account account = testAccounts.active(organisation, role);
        jdbc.sql("update account set email = ? where id = ?").params(email, account.id()).update();
        return account;
    }

    private MockHttpSession as(Account account) throws Exception {
        return signedIn(mvc, account.loginName(), TestAccounts.PASSWORD);
    }

    private List<String> recipients() throws Exception {
        return Arrays.stream(SMTP.getReceivedMessages()).flatMap(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).map(Object::toString);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void aSubmissionTellsTheParkAndItsCityByMessageAndByMailInChinese() throws Exception {
        String parkName = testAccounts.park(TestAccounts.uniqueName("通知园区"), "SOFTWARE_PARK", ApprovalLevel.PROVINCIAL);
        String parkMail = TestAccounts.uniqueName("park") + "@example.cn";
        String cityMail = TestAccounts.uniqueName("city") + "@example.cn";
        Account park = withEmail(parkName, Role.APPLICANT, parkMail);
        Account city = withEmail(TestAccounts.NANJING_CITY, Role.CITY_REVIEWER, cityMail);
        Account suzhou = withEmail(TestAccounts.SUZHOU_CITY, Role.CITY_REVIEWER,
                TestAccounts.uniqueName("suzhou") + "@example.cn");
        EvaluationRound round = testRounds.open(TODAY.minusDays(1), TODAY.plusDays(30));

        long id = SampleApplication.submitted(mvc, as(park), round);

        assertThat(SMTP.waitForIncomingEmail(5000, 2)).isTrue();
        assertThat(recipients()).contains(parkMail, cityMail).doesNotContain(
                jdbc.sql("select email from account where id = ?").param(suzhou.id()).query(String.class).single());
        MimeMessage toCity = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(cityMail);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertThat(toCity.getSubject()).isEqualTo("待初审：" + parkName);
        assertThat(GreenMailUtil.getBody(toCity)).isNotBlank();
        assertThat(body(mvc.perform(get("/account/messages").session(as(city))).andReturn()))
                .contains("待初审：" + parkName).contains("/review/cases/" + id);
        assertThat(body(mvc.perform(get("/").session(as(park))).andReturn())).contains("消息");
    }

    @Test
    void aReturnTellsOnlyThePark() throws Exception {
        String parkName = testAccounts.park(TestAccounts.uniqueName("退回园区"), "SOFTWARE_PARK", ApprovalLevel.PROVINCIAL);
        Account park = withEmail(parkName, Role.APPLICANT, TestAccounts.uniqueName("p") + "@example.cn");
        Account city = testAccounts.active(TestAccounts.NANJING_CITY, Role.CITY_REVIEWER);
        EvaluationRound round = testRounds.open(TODAY.minusDays(1), TODAY.plusDays(30));
        long id = SampleApplication.submitted(mvc, as(park), round);
        long before = jdbc.sql("select count(*) from message where account_id = ?").param(park.id()).query(Long.class)
                .single();

        mvc.perform(post("/review/cases/{id}/decision", id).session(as(city)).with(csrf()).param("decision", "RETURN")
                .param("opinion", "请补充证明材料。"));

        assertThat(jdbc.sql("select count(*) from message where account_id = ?").param(park.id()).query(Long.class)
                .single()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select subject from message where account_id = ? order by id desc").param(park.id())
                .query(String.class).list().get(0)).isEqualTo("申报书被退回修改：" + parkName);
    }

    @Test
    void nobodyIsToldOfAChangeThatWasRefused() throws Exception {
        String parkName = testAccounts.park(TestAccounts.uniqueName("未提交园区"), "SOFTWARE_PARK", ApprovalLevel.PROVINCIAL);
        Account park = withEmail(parkName, Role.APPLICANT, TestAccounts.uniqueName("q") + "@example.cn");
        EvaluationRound round = testRounds.open(TODAY.minusDays(1), TODAY.plusDays(30));
        String location = mvc.perform(post("/rounds/{id}/applications", round.id()).session(as(park)).with(csrf())
                .param("speciality", "区块链+政务")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(post("/applications/{id}/submit", id).session(as(park)).with(csrf()));

        assertThat(jdbc.sql("select count(*) from message where account_id = ?").param(park.id()).query(Long.class)
                .single()).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }
}
