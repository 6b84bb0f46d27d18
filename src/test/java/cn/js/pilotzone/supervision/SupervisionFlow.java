package cn.js.pilotzone.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.js.pilotzone.Evaluations;
import cn.js.pilotzone.MutableClock;
import cn.js.pilotzone.TestAccounts;
import cn.js.pilotzone.application.ApplicationStatus;
import cn.js.pilotzone.application.DossierKind;
import cn.js.pilotzone.application.SampleApplication;
import cn.js.pilotzone.common.TimeConfig;
import cn.js.pilotzone.identity.Role;

/**
 * The steps of a title's life as its park, its city and the province take them through the web, on
 * days the test chooses: the calendar runs on each day the clock is set to, as it would at night.
 */
@Component
class SupervisionFlow {

    private final ObjectProvider<MockMvc> mockMvc;
    private final Evaluations evaluations;
    private final SupervisionCalendar calendar;
    private final JdbcClient jdbc;
    private final MutableClock clock;

    /** Lazily: the contexts of tests on a real server have neither a MockMvc nor a movable clock. */
    SupervisionFlow(ObjectProvider<MockMvc> mockMvc, Evaluations evaluations, SupervisionCalendar calendar, JdbcClient jdbc,
            @Lazy MutableClock clock) {
        this.mockMvc = mockMvc;
        this.evaluations = evaluations;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Sets the clock to ten in the morning of the day in Jiangsu and runs the calendar of that day. */
    SupervisionCalendar.Run on(LocalDate day) {
        clock.set(day.atTime(LocalTime.of(10, 0)).atZone(TimeConfig.ZONE).toInstant());
        return calendar.runOn(day);
    }

    long report(long designationId, DossierKind kind, int year) {
        return jdbc.sql("select id from application where designation_id = ? and kind = ? and report_year = ?")
                .params(designationId, kind.name(), year).query(Long.class).single();
    }

    int reports(long designationId) {
        return jdbc.sql("select count(*) from application where designation_id = ?").param(designationId)
                .query(Integer.class).single();
    }

    ApplicationStatus status(long id) {
        return ApplicationStatus.valueOf(jdbc.sql("select status from application where id = ?").param(id)
                .query(String.class).single());
    }

    MockHttpSession park(String parkName) throws Exception {
        return evaluations.as(parkName, Role.APPLICANT);
    }

    /** The park fills the whole report and submits it. */
    void submit(String parkName, long report, DossierKind kind) throws Exception {
        MockHttpSession park = park(parkName);
        SampleApplication.fill(mvc(), park, report, kind.schema());
        MvcResult result = mvc().perform(post("/applications/{id}/submit", report).session(park).with(csrf())).andReturn();
        assertThat(result.getFlashMap().get("flashError")).as("submission of %s", kind).isNull();
        assertThat(status(report)).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    /** The Nanjing city approves (审核) the report: it goes to the province. */
    void cityApproves(long report) throws Exception {
        mvc().perform(post("/review/cases/{id}/decision", report).session(evaluations.as(TestAccounts.NANJING_CITY,
                Role.CITY_REVIEWER)).with(csrf()).param("decision", "APPROVE").param("opinion", "经审核，同意报送。"));
        assertThat(status(report)).isEqualTo(ApplicationStatus.FORWARDED);
    }

    /** The Nanjing city sends the report back for corrections. */
    void cityReturns(long report) throws Exception {
        mvc().perform(post("/review/cases/{id}/decision", report).session(evaluations.as(TestAccounts.NANJING_CITY,
                Role.CITY_REVIEWER)).with(csrf()).param("decision", "RETURN").param("opinion", "请补充证明材料后重新报送。"));
        assertThat(status(report)).isEqualTo(ApplicationStatus.RETURNED);
    }

    /** The park submits its report again, as it stands. */
    MvcResult resubmit(String parkName, long report) throws Exception {
        return mvc().perform(post("/applications/{id}/submit", report).session(park(parkName)).with(csrf())).andReturn();
    }

    void provinceFiles(long report) throws Exception {
        mvc().perform(post("/supervision/reports/{id}/file", report).session(evaluations.province()).with(csrf())
                .param("opinion", "已收悉，归档。"));
        assertThat(status(report)).isEqualTo(ApplicationStatus.FILED);
    }

    /** Submitted, approved by the city and filed by the province, on the days given. */
    void annualReportFiled(String parkName, long designationId, int year, LocalDate submittedOn) throws Exception {
        long report = report(designationId, DossierKind.ANNUAL_REPORT, year);
        on(submittedOn);
        submit(parkName, report, DossierKind.ANNUAL_REPORT);
        cityApproves(report);
        provinceFiles(report);
    }

    /** The province decides a re-evaluation or a rectification the panel has concluded on. */
    MvcResult decide(long report, boolean passed, String shortcomings, LocalDate deadline) throws Exception {
        String path = "RECTIFICATION".equals(kind(report)) ? "rectification" : "re-evaluation";
        var request = post("/supervision/reports/{id}/" + path, report).session(evaluations.province()).with(csrf())
                .param("passed", String.valueOf(passed)).param("opinion", passed ? "复核合格。" : "复核不合格，限期整改。");
        if (shortcomings != null) {
            request.param("shortcomings", shortcomings);
        }
        if (deadline != null) {
            request.param("deadline", deadline.toString());
        }
        return mvc().perform(request).andReturn();
    }

    /** Submitted, approved, rated by a panel that concludes as given; not yet decided. */
    void ratedReport(String parkName, long report, DossierKind kind, String rating, String conclusion)
            throws Exception {
        submit(parkName, report, kind);
        cityApproves(report);
        evaluations.panelConcludes(report, rating, conclusion);
    }

    private String kind(long report) {
        return jdbc.sql("select kind from application where id = ?").param(report).query(String.class).single();
    }

    private MockMvc mvc() {
        return mockMvc.getObject();
    }
}
