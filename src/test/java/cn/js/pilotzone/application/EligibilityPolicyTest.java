package cn.js.pilotzone.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.js.pilotzone.identity.ApprovalLevel;
import cn.js.pilotzone.identity.ParkDirectory.ParkFacts;

class EligibilityPolicyTest {

    private static final String SPECIALITY = "区块链+供应链金融";

    private static ParkFacts park(String kind, ApprovalLevel minimum, ApprovalLevel level, String unitKind) {
        return new ParkFacts(1, "示例园区", "320100", kind, minimum, level, unitKind);
    }

    private static ParkFacts eligibleSoftwarePark() {
        return park("SOFTWARE_PARK", ApprovalLevel.PROVINCIAL, ApprovalLevel.PROVINCIAL, "MANAGEMENT_COMMITTEE");
    }

    @Test
    void aProvincialSoftwareParkWithASpecialityMayApply() {
        assertThat(EligibilityPolicy.check(eligibleSoftwarePark(), SPECIALITY, false, false)).isEmpty();
    }

    @Test
    void aSoftwareParkApprovedOnlyByItsCityMayNotApply() {
        var failures = EligibilityPolicy.check(
                park("SOFTWARE_PARK", ApprovalLevel.PROVINCIAL, ApprovalLevel.MUNICIPAL, "OPERATING_COMPANY"),
                SPECIALITY, false, false);
        assertThat(failures).extracting(EligibilityPolicy.Failure::messageKey)
                .containsExactly("eligibility.approvalLevel");
    }

    @Test
    void aHighTechZoneApprovedByACountyGovernmentMayApply() {
        assertThat(EligibilityPolicy.check(
                park("HIGH_TECH_ZONE", ApprovalLevel.COUNTY, ApprovalLevel.COUNTY, "OPERATING_COMPANY"), SPECIALITY,
                false, false)).isEmpty();
    }

    @Test
    void aParkWithoutKindOrApplyingUnitIsRefusedNamingEachRule() {
        var failures = EligibilityPolicy.check(park(null, null, ApprovalLevel.NATIONAL, null), SPECIALITY, false, false);
        assertThat(failures).extracting(EligibilityPolicy.Failure::messageKey)
                .containsExactly("eligibility.parkKindMissing", "eligibility.unitKindMissing");
    }

    @Test
    void aParkMustStateItsBlockchainSpeciality() {
        assertThat(EligibilityPolicy.check(eligibleSoftwarePark(), "  ", false, false))
                .extracting(EligibilityPolicy.Failure::messageKey).containsExactly("eligibility.specialityMissing");
    }

    @Test
    void aParkAppliesOnlyOncePerRound() {
        assertThat(EligibilityPolicy.check(eligibleSoftwarePark(), SPECIALITY, true, false))
                .extracting(EligibilityPolicy.Failure::messageKey).containsExactly("eligibility.alreadyApplied");
    }

    @Test
    void aParkThatHoldsTheTitleCannotApplyAgain() {
        assertThat(EligibilityPolicy.check(eligibleSoftwarePark(), SPECIALITY, false, true))
                .extracting(EligibilityPolicy.Failure::messageKey).containsExactly("eligibility.holdsTitle");
    }
}
