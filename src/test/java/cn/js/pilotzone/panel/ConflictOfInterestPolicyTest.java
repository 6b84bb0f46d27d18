package cn.js.pilotzone.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.js.pilotzone.application.ForwardedCases.CaseFacts;
import cn.js.pilotzone.application.ForwardedCases.Enterprise;
import cn.js.pilotzone.panel.ConflictOfInterestPolicy.Conflict;
import cn.js.pilotzone.panel.ConflictOfInterestPolicy.ExpertTies;

class ConflictOfInterestPolicyTest {

    private static final String PARK_CODE = "12320100MB0000000X";
    private static final String ENTERPRISE_CODE = "91320100MA1XYW0001";

    private static final CaseFacts CASE = new CaseFacts(1, cn.js.pilotzone.application.DossierKind.APPLICATION, cn.js.pilotzone.application.ApplicationStatus.FORWARDED, 1, 1L, 2026, 10, "南京示范软件园", PARK_CODE, "320100",
            List.of("南京市工业和信息化局"), List.of(new Enterprise("南京链信科技有限公司", ENTERPRISE_CODE)));

    private static ExpertTies employedBy(String employer, String code) {
        return new ExpertTies(employer, code, Set.of(), Set.of());
    }

    @Test
    void anExpertOfAnUnrelatedEmployerHasNoConflict() {
        assertThat(ConflictOfInterestPolicy.check(employedBy("东南大学", null), CASE)).isEmpty();
    }

    @Test
    void anExpertEmployedByTheParkIsDetectedByCreditCodeOrByName() {
        assertThat(ConflictOfInterestPolicy.check(employedBy("某单位", PARK_CODE), CASE))
                .map(Conflict::messageKey).contains("conflict.employedByPark");
        assertThat(ConflictOfInterestPolicy.check(employedBy(" 南京示范 软件园 ", null), CASE))
                .map(Conflict::messageKey).contains("conflict.employedByPark");
    }

    @Test
    void anExpertEmployedByAnEnterpriseOfTheParkIsDetected() {
        assertThat(ConflictOfInterestPolicy.check(employedBy("另一名称", ENTERPRISE_CODE.toLowerCase()), CASE))
                .contains(new Conflict("conflict.employedByEnterprise", "南京链信科技有限公司"));
    }

    @Test
    void anExpertOfTheRecommendingCityAuthorityIsDetected() {
        assertThat(ConflictOfInterestPolicy.check(employedBy("南京市工业和信息化局", null), CASE))
                .map(Conflict::messageKey).contains("conflict.employedByCity");
    }

    @Test
    void declaredTiesToTheParkAnEnterpriseOrTheCityAreConflicts() {
        assertThat(ConflictOfInterestPolicy.check(new ExpertTies("东南大学", null, Set.of(PARK_CODE), Set.of()), CASE))
                .map(Conflict::messageKey).contains("conflict.declaredPark");
        assertThat(ConflictOfInterestPolicy.check(new ExpertTies("东南大学", null, Set.of(ENTERPRISE_CODE), Set.of()), CASE))
                .map(Conflict::messageKey).contains("conflict.declaredEnterprise");
        assertThat(ConflictOfInterestPolicy.check(new ExpertTies("东南大学", null, Set.of(), Set.of("320100")), CASE))
                .contains(new Conflict("conflict.declaredCity", "南京市工业和信息化局"));
        assertThat(ConflictOfInterestPolicy.check(new ExpertTies("东南大学", null, Set.of(), Set.of("320500")), CASE))
                .isEmpty();
    }
}
