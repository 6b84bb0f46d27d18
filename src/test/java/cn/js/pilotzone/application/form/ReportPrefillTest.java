package cn.js.pilotzone.application.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReportPrefillTest {

    private static final FormContent APPLICATION = FormContent.empty()
            .withFields(Map.of("cover.unitName", "南京示范软件园管委会", "basic.leadingIndustry", "供应链金融",
                    "basic.contactMobile", "13812345678"))
            .withRows("carriers", List.of(
                    Map.of("kind", "PUBLIC_SERVICE_PLATFORM", "name", "区块链公共服务平台", "hostUnit", "园区运营公司"),
                    Map.of("kind", "KEY_LABORATORY", "name", "区块链重点实验室", "hostUnit", "东南大学")))
            .withRows("enterprises", List.of(Map.of("name", "南京链信科技有限公司")));

    @Test
    void theFirstReportStartsFromTheApplicationsBasicInformationAndPlatforms() {
        FormContent report = ReportPrefill.of(APPLICATION, Optional.empty());

        assertThat(report.field("reportBasic.unitName")).isEqualTo("南京示范软件园管委会");
        assertThat(report.field("reportBasic.specialIndustry")).isEqualTo("供应链金融");
        assertThat(report.field("reportBasic.contactMobile")).isEqualTo("13812345678");
        assertThat(report.rows("platforms")).containsExactly(Map.of("name", "区块链公共服务平台", "description", "园区运营公司"));
        assertThat(report.rows("newEnterprises")).as("what is new is never copied").isEmpty();
    }

    @Test
    void aLaterReportStartsFromTheLastReportButNotFromWhatWasNewThen() {
        FormContent last = FormContent.empty()
                .withFields(Map.of("reportBasic.unitName", "南京示范软件园管理委员会", "environment.workPlan", "YES",
                        "showcase.narrative", "去年的应用示范"))
                .withRows("platforms", List.of(Map.of("name", "新建平台")))
                .withRows("newEnterprises", List.of(Map.of("name", "去年新增企业")));

        FormContent report = ReportPrefill.of(APPLICATION, Optional.of(last));

        assertThat(report.field("reportBasic.unitName")).isEqualTo("南京示范软件园管理委员会");
        assertThat(report.field("environment.workPlan")).isEqualTo("YES");
        assertThat(report.field("showcase.narrative")).isEmpty();
        assertThat(report.rows("platforms")).containsExactly(Map.of("name", "新建平台"));
        assertThat(report.rows("newEnterprises")).isEmpty();
    }
}
