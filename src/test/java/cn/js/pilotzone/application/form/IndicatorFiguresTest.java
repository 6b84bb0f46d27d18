package cn.js.pilotzone.application.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class IndicatorFiguresTest {

    private static final LocalDate CUTOFF = LocalDate.of(2026, 6, 30);

    private static Map<String, String> enterprise(String industry, String output, String revenue, String profit,
            String leading) {
        return Map.of("name", "企业", "industry", industry, "output", output, "revenue", revenue, "profit", profit,
                "leading", leading);
    }

    private static Map<String, String> ip(String kind, String grantDate) {
        return grantDate == null ? Map.of("kind", kind, "applicationDate", "2022-01-01")
                : Map.of("kind", kind, "applicationDate", "2022-01-01", "grantDate", grantDate);
    }

    @Test
    void aPendingItemIsNotCountedEvenWithADateInTheWindow() {
        Map<String, String> pending = new java.util.HashMap<>(ip("INVENTION_PATENT", "2025-01-01"));
        pending.put("status", "PENDING");
        Map<String, String> granted = new java.util.HashMap<>(ip("INVENTION_PATENT", "2025-01-01"));
        granted.put("status", "GRANTED");
        FormContent content = FormContent.empty().withRows("ip", List.of(pending, granted));

        assertThat(IndicatorFigures.of(content, CUTOFF).recentPatents()).isEqualTo(1);
    }

    @Test
    void countsEnterprisesAndLeadingOnes() {
        FormContent content = FormContent.empty().withRows("enterprises", List.of(
                enterprise("供应链金融", "100", "80", "10", "true"),
                enterprise("供应链金融", "100", "80", "10", "false"),
                enterprise("政务服务", "100", "80", "10", "true")));

        IndicatorFigures figures = IndicatorFigures.of(content, CUTOFF);

        assertThat(figures.enterprises()).isEqualTo(3);
        assertThat(figures.leadingEnterprises()).isEqualTo(2);
        assertThat(figures.specialisation().total()).isEqualTo(3);
        assertThat(figures.specialisation().reached()).isTrue();
    }

    @Test
    void totalsOutputRevenueAndProfitIncludingLossesAndIgnoringInvalidNumbers() {
        FormContent content = FormContent.empty().withRows("enterprises", List.of(
                enterprise("a", "1200.5", "800", "50.25", "true"),
                enterprise("b", "300", "200.75", "-80", "false"),
                enterprise("c", "很多", "1e5", "n/a", "false"),
                Map.of("name", "空白企业")));

        IndicatorFigures figures = IndicatorFigures.of(content, CUTOFF);

        assertThat(figures.totalOutput()).isEqualByComparingTo("1500.5");
        assertThat(figures.totalRevenue()).isEqualByComparingTo("1000.75");
        assertThat(figures.totalProfit()).isEqualByComparingTo("-29.75");
        assertThat(figures.enterprises()).isEqualTo(4);
    }

    @Test
    void anEmptyFormHasZeroTotals() {
        IndicatorFigures figures = IndicatorFigures.of(FormContent.empty(), CUTOFF);

        assertThat(figures.enterprises()).isZero();
        assertThat(figures.totalOutput()).isZero();
        assertThat(figures.totalProfit()).isZero();
        assertThat(figures.specialisation().reached()).isFalse();
        assertThat(figures.recentIntellectualProperty()).isZero();
    }

    @Test
    void countsRecentSoftwareCopyrightsAndPatentsByGrantDateWithinTheWindowOnly() {
        FormContent content = FormContent.empty().withRows("ip", List.of(
                ip("SOFTWARE_COPYRIGHT", "2023-07-01"),
                ip("SOFTWARE_COPYRIGHT", "2026-06-30"),
                ip("SOFTWARE_COPYRIGHT", "2023-06-30"),
                ip("SOFTWARE_COPYRIGHT", null),
                ip("INVENTION_PATENT", "2025-01-10"),
                ip("UTILITY_MODEL", "2024-03-03"),
                ip("DESIGN_PATENT", "2026-07-01"),
                ip("INVENTION_PATENT", null)));

        IndicatorFigures figures = IndicatorFigures.of(content, CUTOFF);

        assertThat(figures.ipWindowFrom()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(figures.ipWindowTo()).isEqualTo(CUTOFF);
        assertThat(figures.recentSoftwareCopyrights()).isEqualTo(2);
        assertThat(figures.recentPatents()).isEqualTo(2);
        assertThat(figures.recentIntellectualProperty()).isEqualTo(4);
    }

    @Test
    void countsStandardsLedAndJoined() {
        FormContent content = FormContent.empty().withRows("standards", List.of(
                Map.of("name", "区块链 参考架构", "role", "LEAD"),
                Map.of("name", "区块链 存证应用指南", "role", "PARTICIPATE"),
                Map.of("name", "区块链 数据格式", "role", "PARTICIPATE"),
                Map.of("name", "区块链 智能合约", "role", "LEAD"),
                Map.of("name", "区块链 隐私计算", "role", "PARTICIPATE")));

        IndicatorFigures figures = IndicatorFigures.of(content, CUTOFF);

        assertThat(figures.standardsLed()).isEqualTo(2);
        assertThat(figures.standardsJoined()).isEqualTo(3);
    }

    @Test
    void theSpecialisationShareUsesTheIndustriesOfTheEnterpriseRoster() {
        FormContent content = FormContent.empty().withRows("enterprises", List.of(
                enterprise("供应链金融", "1", "1", "1", "false"),
                enterprise(" 供应链金融 ", "1", "1", "1", "false"),
                enterprise("a", "1", "1", "1", "false"),
                enterprise("b", "1", "1", "1", "false"),
                enterprise("c", "1", "1", "1", "false"),
                enterprise("d", "1", "1", "1", "false")));

        var share = IndicatorFigures.of(content, CUTOFF).specialisation();

        assertThat(share.total()).isEqualTo(6);
        assertThat(share.topIndustries().get(0)).isEqualTo(new SpecialisationShare.IndustryCount("供应链金融", 2));
        assertThat(share.topTwoPercent()).isEqualByComparingTo("50.0");
        assertThat(share.reached()).isTrue();
    }
}
