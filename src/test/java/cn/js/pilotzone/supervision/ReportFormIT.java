package cn.js.pilotzone.supervision;

import static cn.js.pilotzone.WebClientSupport.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.js.pilotzone.Evaluations;
import cn.js.pilotzone.Evaluations.Designated;
import cn.js.pilotzone.IntegrationTest;
import cn.js.pilotzone.MutableClock;
import cn.js.pilotzone.TestAccounts;
import cn.js.pilotzone.application.DossierKind;
import cn.js.pilotzone.application.SampleApplication;
import cn.js.pilotzone.application.domain.ApplicationRepository;
import cn.js.pilotzone.documents.Spreadsheets;

/**
 * An annual report starts from what the park told before and lists only what is new: an enterprise
 * whose credit code the application held is left out of an import and refused when typed.
 */
@IntegrationTest
class ReportFormIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    SupervisionFlow flow;
    @Autowired
    ApplicationRepository applications;
    @Autowired
    MutableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.set(IntegrationTest.START);
    }

    @Test
    void theReportIsPrefilledAndKeepsOnlyEnterprisesNeverListedBefore() throws Exception {
        Designated zone = evaluations.designated("新增企业园区");
        String listed = applications.findById(zone.applicationId()).orElseThrow().content().rows("enterprises").get(0)
                .get("creditCode");
        int year = LocalDate.now(clock).getYear();
        flow.on(LocalDate.of(year + 1, 1, 3));
        long report = flow.report(zone.designationId(), DossierKind.ANNUAL_REPORT, year);
        MockHttpSession park = flow.park(zone.parkName());

        assertThat(body(mvc.perform(get("/applications/{id}/sections/reportBasic", report).session(park)).andReturn()))
                .as("filled from the application").contains(SampleApplication.UNIT);

        String fresh = TestAccounts.creditCode();
        byte[] workbook = Spreadsheets.write("newEnterprises", List.of("企业名称", "统一社会信用代码", "上年度营收", "业务方向",
                "企业简介"), List.of(
                        List.of("南京链信科技有限公司0", listed, "1200", "供应链金融", "申报时已在园区。"),
                        List.of("南京新链数据有限公司", fresh, "860", "政务数据共享", "本年度新入驻园区。")));
        MvcResult imported = mvc.perform(multipart("/applications/{id}/rosters/newEnterprises/import", report)
                .file(new MockMultipartFile("file", "企业名单.xlsx", "application/octet-stream", workbook))
                .session(park).with(csrf())).andReturn();

        assertThat(imported.getFlashMap().get("flashSuccess")).isEqualTo("form.import.doneListedBefore");
        assertThat(imported.getFlashMap().get("flashArgs")).isEqualTo(List.of(1, 1));
        assertThat(applications.findById(report).orElseThrow().content().rows("newEnterprises"))
                .extracting(r -> r.get("creditCode")).containsExactly(fresh);

        MvcResult typed = mvc.perform(post("/applications/{id}/rosters/newEnterprises/rows", report).session(park)
                .with(csrf()).param("newEnterprises.name", "南京链信科技有限公司0")
                .param("newEnterprises.creditCode", listed).param("newEnterprises.revenue", "1200")
                .param("newEnterprises.direction", "供应链金融").param("newEnterprises.profile", "重复填报。")).andReturn();
        assertThat(typed.getResponse().getStatus()).as("the row comes back with its problem").isEqualTo(200);
        assertThat(body(typed)).contains("该项已在申报书或往期报告中填报");
        assertThat(applications.findById(report).orElseThrow().content().rows("newEnterprises")).hasSize(1);
        assertThat(mvc.perform(get("/applications/{id}/rosters/newEnterprises.xlsx", report).session(park)).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
    }
}
