package cn.js.pilotzone.supervision;

import static cn.js.pilotzone.WebClientSupport.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import cn.js.pilotzone.Evaluations;
import cn.js.pilotzone.Evaluations.Designated;
import cn.js.pilotzone.IntegrationTest;
import cn.js.pilotzone.MutableClock;
import cn.js.pilotzone.TestAccounts;
import cn.js.pilotzone.application.DossierKind;
import cn.js.pilotzone.identity.Role;
import cn.js.pilotzone.identity.domain.Account;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The calendar reminds a park of a report it has not submitted 30, 7 and 1 days before the due date
 * and once when it is overdue, by message and by mail, each exactly once however often it runs; the
 * city and the province hear of the overdue report; a park that has submitted hears nothing more.
 */
@IntegrationTest
class SupervisionRemindersIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

    @Autowired
    Evaluations evaluations;
    @Autowired
    SupervisionFlow flow;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    CalendarJob job;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @AfterEach
    void putTheClockBack() {
        clock.set(IntegrationTest.START);
    }

    private String withEmail(String organisation, Role role) {
        Account account = testAccounts.active(organisation, role);
        String email = TestAccounts.uniqueName("r") + "@example.cn";
        jdbc.sql("update account set email = ? where id = ?").params(email, account.id()).update();
        return email;
    }

    private List<String> subjectsTo(String email) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> sentTo(m, email)).map(m -> {
            try {
                return m.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static boolean sentTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> stagesSent(long report) {
        return jdbc.sql("select stage || ' ' || sent_on from reminder_sent where report_id = ? order by sent_on")
                .param(report).query(String.class).list();
    }

    @Test
    void theNightlyJobTakesTheSharedLockSoThatASecondNodeSkipsIt() {
        job.run();
        java.sql.Timestamp first = jdbc.sql("select locked_at from shedlock where name = 'supervision-calendar'")
                .query(java.sql.Timestamp.class).single();
        job.run();

        assertThat(jdbc.sql("select locked_at from shedlock where name = 'supervision-calendar'")
                .query(java.sql.Timestamp.class).single()).as("the second run found the lock held and did not run")
                .isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'supervision-calendar' and lock_until > locked_at")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void eachReminderGoesOutOnceOnItsDayAndNoneAfterTheReportIsIn() throws Exception {
        Designated late = evaluations.designated("提醒园区");
        Designated diligent = evaluations.designated("按时园区");
        String lateMail = withEmail(late.parkName(), Role.APPLICANT);
        String diligentMail = withEmail(diligent.parkName(), Role.APPLICANT);
        String cityMail = withEmail(TestAccounts.NANJING_CITY, Role.CITY_REVIEWER);
        String provinceMail = withEmail(TestAccounts.PROVINCE, Role.PROVINCE_ADMIN);
        int year = LocalDate.now(clock).getYear();

        for (LocalDate day = LocalDate.of(year + 1, 1, 1); !day.isAfter(LocalDate.of(year + 1, 2, 10));
                day = day.plusDays(1)) {
            flow.on(day);
            flow.on(day);
            if (day.equals(LocalDate.of(year + 1, 1, 10))) {
                long report = flow.report(diligent.designationId(), DossierKind.ANNUAL_REPORT, year);
                flow.submit(diligent.parkName(), report, DossierKind.ANNUAL_REPORT);
            }
        }

        long lateReport = flow.report(late.designationId(), DossierKind.ANNUAL_REPORT, year);
        long diligentReport = flow.report(diligent.designationId(), DossierKind.ANNUAL_REPORT, year);
        int next = year + 1;
        assertThat(stagesSent(lateReport)).containsExactly("DAYS_30 " + next + "-01-01", "DAYS_7 " + next + "-01-24",
                "DAYS_1 " + next + "-01-30", "OVERDUE " + next + "-02-01");
        assertThat(subjectsTo(lateMail)).filteredOn(s -> s.startsWith("报送提醒")).containsExactly(
                "报送提醒：" + year + " 年年度报告还剩 30 天", "报送提醒：" + year + " 年年度报告还剩 7 天",
                "报送提醒：" + year + " 年年度报告还剩 1 天");
        assertThat(subjectsTo(lateMail)).filteredOn(s -> s.startsWith("已逾期")).containsExactly(
                "已逾期：" + year + " 年年度报告");
        assertThat(subjectsTo(cityMail)).filteredOn(s -> s.startsWith("逾期未报送")).containsExactly(
                "逾期未报送：" + late.parkName() + " " + year + " 年年度报告");
        assertThat(subjectsTo(provinceMail)).filteredOn(s -> s.startsWith("逾期未报送")).containsExactly(
                "逾期未报送：" + late.parkName() + " " + year + " 年年度报告");

        assertThat(stagesSent(diligentReport)).as("submitted on the 10th: only the first reminder")
                .containsExactly("DAYS_30 " + next + "-01-01");
        assertThat(subjectsTo(diligentMail)).filteredOn(s -> s.startsWith("报送提醒") || s.startsWith("已逾期"))
                .hasSize(1);
        String nanjingBoard = body(mvc.perform(get("/supervision")
                .session(evaluations.as(TestAccounts.NANJING_CITY, Role.CITY_REVIEWER))).andReturn());
        assertThat(nanjingBoard.substring(nanjingBoard.indexOf("id=\"overdue\""), nanjingBoard.indexOf("id=\"late\"")))
                .as("the city's list of overdue reports").contains(late.parkName()).doesNotContain(diligent.parkName());
        assertThat(body(mvc.perform(get("/supervision").session(evaluations.province())).andReturn()))
                .contains(late.parkName());
        assertThat(body(mvc.perform(get("/supervision")
                .session(evaluations.as(TestAccounts.SUZHOU_CITY, Role.CITY_REVIEWER))).andReturn()))
                .as("another city does not see it").doesNotContain(late.parkName());
        assertThat(jdbc.sql("select count(*) from message m join account a on a.id = m.account_id"
                + " where a.email = ? and m.subject like '报送提醒%'").param(lateMail).query(Integer.class).single())
                .as("in-app messages match the mails").isEqualTo(3);
    }
}
