package cn.js.pilotzone.supervision;

import static cn.js.pilotzone.WebClientSupport.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.js.pilotzone.AuditTrail;
import cn.js.pilotzone.Evaluations;
import cn.js.pilotzone.Evaluations.Designated;
import cn.js.pilotzone.IntegrationTest;
import cn.js.pilotzone.MutableClock;
import cn.js.pilotzone.application.ApplicationStatus;
import cn.js.pilotzone.application.DossierKind;

/**
 * A title's life after designation, with the clock moved through the years: annual reports every
 * January (one late), a passed re-evaluation, a failed one with its rectification, and the two ways a
 * title is lost, each seen on the public pages and in the certificate's verification.
 */
@IntegrationTest
class SupervisionLifeIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    SupervisionFlow flow;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    MutableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.set(IntegrationTest.START);
    }

    private String certificateCode(long designationId) {
        return jdbc.sql("select certificate_code from designation where id = ?").param(designationId)
                .query(String.class).single();
    }

    private String verification(long designationId) throws Exception {
        return body(mvc.perform(get("/verify/{c}", certificateCode(designationId))).andReturn());
    }

    private String publicZones() throws Exception {
        return body(mvc.perform(get("/public/zones")).andReturn());
    }

    @Test
    void aTitleLivesFourYearsOfReportsAndTwoReEvaluationsAndKeepsItsTitleAfterRectifying() throws Exception {
        long firstAudit = auditTrail.lastSeq();
        Designated zone = evaluations.designated("复核园区");
        long title = zone.designationId();

        flow.on(LocalDate.of(2026, 12, 31));
        assertThat(flow.reports(title)).as("the year of designation has not ended").isZero();
        flow.on(LocalDate.of(2027, 1, 1));
        flow.on(LocalDate.of(2027, 1, 1));
        assertThat(flow.reports(title)).as("opened once, however often the calendar runs").isEqualTo(1);
        long first = flow.report(title, DossierKind.ANNUAL_REPORT, 2026);
        assertThat(jdbc.sql("select due_date from application where id = ?").param(first).query(LocalDate.class)
                .single()).isEqualTo(LocalDate.of(2027, 1, 31));
        flow.annualReportFiled(zone.parkName(), title, 2026, LocalDate.of(2027, 1, 10));

        flow.on(LocalDate.of(2028, 1, 1));
        flow.annualReportFiled(zone.parkName(), title, 2027, LocalDate.of(2028, 2, 3));
        long late = flow.report(title, DossierKind.ANNUAL_REPORT, 2027);
        assertThat(body(mvc.perform(get("/supervision").session(evaluations.province())).andReturn()))
                .as("the province sees the late report").contains(zone.parkName());

        flow.on(LocalDate.of(2028, 3, 9));
        assertThat(flow.reports(title)).as("two years are not up").isEqualTo(2);
        flow.on(LocalDate.of(2028, 3, 10));
        long firstReEvaluation = flow.report(title, DossierKind.RE_EVALUATION, 2028);
        flow.ratedReport(zone.parkName(), firstReEvaluation, DossierKind.RE_EVALUATION, "CONFORMS", "QUALIFIED");
        assertThat(body(mvc.perform(get("/panels/{id}", firstReEvaluation).session(evaluations.province())).andReturn()))
                .contains(zone.parkName());
        assertThat(body(mvc.perform(get("/supervision/reports/{id}", firstReEvaluation)
                .session(evaluations.province())).andReturn())).contains("专家组结论").contains("合格")
                .contains("经审核，同意报送");
        flow.on(LocalDate.of(2028, 4, 20));
        assertThat(flow.decide(firstReEvaluation, true, null, null).getFlashMap().get("flashError")).isNull();
        assertThat(flow.status(firstReEvaluation)).isEqualTo(ApplicationStatus.PASSED);

        flow.on(LocalDate.of(2029, 1, 1));
        flow.annualReportFiled(zone.parkName(), title, 2028, LocalDate.of(2029, 1, 20));
        flow.on(LocalDate.of(2030, 1, 1));
        flow.annualReportFiled(zone.parkName(), title, 2029, LocalDate.of(2030, 1, 15));

        flow.on(LocalDate.of(2030, 4, 19));
        assertThat(flow.reports(title)).as("counted from the last re-evaluation's decision").isEqualTo(5);
        flow.on(LocalDate.of(2030, 4, 20));
        long secondReEvaluation = flow.report(title, DossierKind.RE_EVALUATION, 2030);
        flow.ratedReport(zone.parkName(), secondReEvaluation, DossierKind.RE_EVALUATION, "DOES_NOT_CONFORM",
                "UNQUALIFIED");
        flow.on(LocalDate.of(2030, 5, 25));
        MvcResult pastDeadline = flow.decide(secondReEvaluation, false, "新增企业不足；安全能力未见提升。",
                LocalDate.of(2030, 5, 25));
        assertThat(pastDeadline.getFlashMap().get("flashError")).isEqualTo("rectification.deadlineInPast");
        assertThat(flow.status(secondReEvaluation)).as("a refused decision changes nothing")
                .isEqualTo(ApplicationStatus.FORWARDED);
        flow.decide(secondReEvaluation, false, "新增企业不足；安全能力未见提升。", LocalDate.of(2030, 8, 31));
        assertThat(flow.status(secondReEvaluation)).isEqualTo(ApplicationStatus.FAILED);
        long rectification = flow.report(title, DossierKind.RECTIFICATION, 2030);
        assertThat(jdbc.sql("select due_date from application where id = ?").param(rectification)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2030, 8, 31));
        flow.on(LocalDate.of(2030, 6, 1));
        assertThat(flow.reports(title)).as("no re-evaluation opens while rectifying").isEqualTo(7);

        assertThat(body(mvc.perform(get("/applications/{id}", rectification).session(flow.park(zone.parkName())))
                .andReturn())).as("the park reads what it must rectify").contains("整改通知所列问题")
                .contains("新增企业不足；安全能力未见提升。");
        flow.submit(zone.parkName(), rectification, DossierKind.RECTIFICATION);
        flow.cityReturns(rectification);
        flow.on(LocalDate.of(2030, 9, 2));
        assertThat(flow.resubmit(zone.parkName(), rectification).getFlashMap().get("flashError"))
                .as("received in time, returned for corrections: it may come back after the deadline").isNull();
        flow.cityApproves(rectification);
        evaluations.panelConcludes(rectification, "CONFORMS", "QUALIFIED");
        flow.on(LocalDate.of(2030, 9, 10));
        flow.decide(rectification, true, null, null);

        assertThat(flow.status(rectification)).isEqualTo(ApplicationStatus.PASSED);
        byte[] pdf = mvc.perform(get("/applications/{id}/versions/2.pdf", rectification)
                .session(flow.park(zone.parkName()))).andReturn().getResponse().getContentAsByteArray();
        // Kept beside the browser tests' screenshots, for people to look at the printed rectification report.
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "rectification-report-v2.pdf"), pdf);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("(?U)\\s+", ""))
                    .contains("江苏省区块链技术创新应用试验区整改报告（南京市）").contains("整改通知所列问题")
                    .contains("新增企业不足；安全能力未见提升。").contains("整改措施").contains("复核结论");
        }
        assertThat(jdbc.sql("select outcome from rectification_order where report_id = ?").param(rectification)
                .query(String.class).single()).isEqualTo("PASSED");
        assertThat(verification(title)).contains("称号有效");
        assertThat(publicZones()).contains(zone.parkName());
        assertThat(jdbc.sql("select status from designation where id = ?").param(title).query(String.class).single())
                .isEqualTo("IN_FORCE");
        assertThat(jdbc.sql("select count(*) from application where designation_id = ? and kind = 'ANNUAL_REPORT'"
                + " and status = 'FILED'").param(title).query(Integer.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select first_submitted_at from application where id = ?").param(late)
                .query(java.time.OffsetDateTime.class).single().toLocalDate()).isAfter(LocalDate.of(2028, 1, 31));

        String history = body(mvc.perform(get("/designations/{id}/history", title)
                .session(flow.park(zone.parkName()))).andReturn());
        assertThat(history).containsSubsequence("认定为江苏省区块链技术创新应用试验区", "2026 年年度报告", "2027 年年度报告",
                "逾期报送", "2028 年复核评估发展报告", "合格", "2028 年年度报告", "2029 年年度报告", "2030 年复核评估发展报告",
                "限期整改", "整改合格", "新增企业不足", "2030 年整改报告");
        assertThat(auditTrail.after(firstAudit)).extracting(r -> r.action()).contains("REPORT_OPENED",
                "REPORT_APPROVED", "REPORT_FILED", "RE_EVALUATION_DECIDED", "RECTIFICATION_ORDERED",
                "RECTIFICATION_DECIDED");
    }

    /** A failed re-evaluation with its rectification order; the clock stands on the day of the order. */
    private long failedReEvaluation(Designated zone, LocalDate deadline) throws Exception {
        LocalDate due = LocalDate.now(clock).plusYears(2);
        flow.on(due);
        long reEvaluation = flow.report(zone.designationId(), DossierKind.RE_EVALUATION, due.getYear());
        flow.ratedReport(zone.parkName(), reEvaluation, DossierKind.RE_EVALUATION, "DOES_NOT_CONFORM", "UNQUALIFIED");
        flow.decide(reEvaluation, false, "公共服务平台未建成。", deadline);
        return flow.report(zone.designationId(), DossierKind.RECTIFICATION, due.getYear());
    }

    @Test
    void aMissedRectificationDeadlineRevokesTheTitleInPublic() throws Exception {
        Designated zone = evaluations.designated("整改逾期园区");
        LocalDate deadline = LocalDate.now(clock).plusYears(2).plusMonths(3);
        long rectification = failedReEvaluation(zone, deadline);
        long order = jdbc.sql("select id from rectification_order where report_id = ?").param(rectification)
                .query(Long.class).single();

        MvcResult early = mvc.perform(post("/supervision/orders/{id}/revocation", order).session(evaluations.province())
                .with(csrf()).param("category", "MISSED_RECTIFICATION_DEADLINE").param("reasons", "逾期未整改。"))
                .andReturn();
        assertThat(early.getFlashMap().get("flashError")).isEqualTo("rectification.deadlineNotMissed");
        assertThat(verification(zone.designationId())).contains("称号有效");

        flow.on(deadline.plusDays(1));
        MvcResult tooLate = mvc.perform(post("/applications/{id}/submit", rectification)
                .session(flow.park(zone.parkName())).with(csrf())).andReturn();
        assertThat(tooLate.getFlashMap().get("flashError")).isEqualTo("report.rectificationClosed");
        MvcResult noReason = mvc.perform(post("/supervision/orders/{id}/revocation", order)
                .session(evaluations.province()).with(csrf()).param("category", "MISSED_RECTIFICATION_DEADLINE")
                .param("reasons", "  ")).andReturn();
        assertThat(noReason.getFlashMap().get("flashError")).isEqualTo("supervision.opinionRequired");
        assertThat(verification(zone.designationId())).as("a revocation without reasons changes nothing")
                .contains("称号有效");

        mvc.perform(post("/supervision/orders/{id}/revocation", order).session(evaluations.province()).with(csrf())
                .param("category", "MISSED_RECTIFICATION_DEADLINE").param("reasons", "整改期限届满，园区未报送整改报告。"));

        assertThat(verification(zone.designationId())).contains("称号已取消");
        assertThat(publicZones()).contains(zone.parkName()).contains(deadline.plusDays(1) + " 因逾期未完成整改取消称号")
                .doesNotContain("园区未报送整改报告");
        assertThat(body(mvc.perform(get("/designations/{id}/history", zone.designationId())
                .session(flow.park(zone.parkName()))).andReturn())).contains("整改期限届满，园区未报送整改报告")
                .contains("已取消");
        assertThat(jdbc.sql("select outcome from rectification_order where id = ?").param(order).query(String.class)
                .single()).isEqualTo("REVOKED");
        assertThat(jdbc.sql("select count(*) from message m join account a on a.id = m.account_id join organisation o"
                + " on o.id = a.organisation_id where o.name = ? and m.subject = ?")
                .params(zone.parkName(), "称号已取消：" + zone.parkName()).query(Integer.class).single())
                .as("every account of the park is told").isPositive();
    }

    @Test
    void fraudFoundInAFiledAnnualReportEndsTheReportAndRevokesTheTitleAtOnce() throws Exception {
        Designated zone = evaluations.designated("年报造假园区");
        int year = LocalDate.now(clock).getYear();
        flow.on(LocalDate.of(year + 1, 1, 2));
        flow.annualReportFiled(zone.parkName(), zone.designationId(), year, LocalDate.of(year + 1, 1, 20));
        long report = flow.report(zone.designationId(), DossierKind.ANNUAL_REPORT, year);
        flow.on(LocalDate.of(year + 1, 3, 1));

        MvcResult blank = mvc.perform(post("/supervision/reports/{id}/fraud", report).session(evaluations.province())
                .with(csrf()).param("reasons", "")).andReturn();
        assertThat(blank.getFlashMap().get("flashError")).isEqualTo("supervision.opinionRequired");
        assertThat(flow.status(report)).isEqualTo(ApplicationStatus.FILED);

        mvc.perform(post("/supervision/reports/{id}/fraud", report).session(evaluations.province()).with(csrf())
                .param("reasons", "经核查，年度报告所列新增企业营收数据虚报。"));

        assertThat(flow.status(report)).isEqualTo(ApplicationStatus.TERMINATED);
        assertThat(verification(zone.designationId())).contains("称号已取消");
        assertThat(publicZones()).contains(LocalDate.of(year + 1, 3, 1) + " 因弄虚作假取消称号")
                .doesNotContain("营收数据虚报");
        int reports = flow.reports(zone.designationId());
        flow.on(LocalDate.of(year + 2, 1, 2));
        assertThat(flow.reports(zone.designationId())).as("a revoked title reports no more").isEqualTo(reports);
    }
}
