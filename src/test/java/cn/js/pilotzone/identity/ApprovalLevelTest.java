package cn.js.pilotzone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApprovalLevelTest {

    @Test
    void aNationalParkMeetsTheProvincialMinimumAndACountyParkDoesNot() {
        assertThat(ApprovalLevel.NATIONAL.isAtLeast(ApprovalLevel.PROVINCIAL)).isTrue();
        assertThat(ApprovalLevel.PROVINCIAL.isAtLeast(ApprovalLevel.PROVINCIAL)).isTrue();
        assertThat(ApprovalLevel.COUNTY.isAtLeast(ApprovalLevel.PROVINCIAL)).isFalse();
        assertThat(ApprovalLevel.COUNTY.isAtLeast(ApprovalLevel.COUNTY)).isTrue();
    }
}
