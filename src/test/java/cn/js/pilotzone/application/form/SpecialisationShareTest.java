package cn.js.pilotzone.application.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.js.pilotzone.application.form.SpecialisationShare.IndustryCount;

class SpecialisationShareTest {

    private static List<String> industries(Object... industryThenCount) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < industryThenCount.length; i += 2) {
            all.addAll(Collections.nCopies((Integer) industryThenCount[i + 1], (String) industryThenCount[i]));
        }
        return all;
    }

    @Test
    void twoLargestIndustriesHoldingExactlyFortyPercentReachTheThreshold() {
        // 10 enterprises: 2 + 2 in the two largest industries, the other 6 each in a distinct industry
        var result = SpecialisationShare.of(industries("供应链金融", 2, "政务服务", 2, "a", 1, "b", 1, "c", 1, "d", 1,
                "e", 1, "f", 1));

        assertThat(result.total()).isEqualTo(10);
        assertThat(result.topIndustries()).extracting(IndustryCount::enterprises).containsExactly(2, 2);
        assertThat(result.topIndustries()).extracting(IndustryCount::industry).containsExactly("供应链金融", "政务服务");
        assertThat(result.topTwoPercent()).isEqualByComparingTo("40.0");
        assertThat(result.reached()).isTrue();
    }

    @Test
    void justBelowFortyPercentDoesNotReachTheThreshold() {
        // 4 of 11 = 36.4 %
        var result = SpecialisationShare.of(industries("供应链金融", 2, "政务服务", 2, "a", 1, "b", 1, "c", 1, "d", 1,
                "e", 1, "f", 1, "g", 1));

        assertThat(result.topTwoPercent()).isEqualByComparingTo("36.4");
        assertThat(result.reached()).isFalse();
    }

    @Test
    void thirtyNineOfAHundredDoesNotReachTheThreshold() {
        List<String> all = industries("供应链金融", 20, "政务服务", 19);
        for (int i = 0; i < 61; i++) {
            all.add("other " + i);
        }
        var result = SpecialisationShare.of(all);

        assertThat(result.topTwoPercent()).isEqualByComparingTo("39.0");
        assertThat(result.reached()).isFalse();
    }

    @Test
    void oneIndustryAloneHoldingFortyPercentOrMoreReachesTheThreshold() {
        var result = SpecialisationShare.of(industries("供应链金融", 6, "a", 1, "b", 1, "c", 1, "d", 1));

        assertThat(result.topIndustries().get(0)).isEqualTo(new IndustryCount("供应链金融", 6));
        assertThat(result.topOnePercent()).isEqualByComparingTo("60.0");
        assertThat(result.reached()).isTrue();
    }

    @Test
    void aSingleIndustryIsTheOnlyTopIndustry() {
        var result = SpecialisationShare.of(industries("供应链金融", 3));

        assertThat(result.topIndustries()).containsExactly(new IndustryCount("供应链金融", 3));
        assertThat(result.topOnePercent()).isEqualByComparingTo("100.0");
        assertThat(result.topTwoPercent()).isEqualByComparingTo("100.0");
        assertThat(result.reached()).isTrue();
    }

    @Test
    void industriesAreComparedIgnoringCaseAndExtraSpaces() {
        var result = SpecialisationShare.of(List.of("供应链金融", " 供应链金融 ", "Supply  Chain", "supply chain", "x"));

        assertThat(result.topIndustries()).containsExactly(new IndustryCount("供应链金融", 2),
                new IndustryCount("Supply  Chain", 2));
        assertThat(result.topTwoPercent()).isEqualByComparingTo("80.0");
        assertThat(result.reached()).isTrue();
    }

    @Test
    void noEnterprisesIsNotReachedWithZeroPercent() {
        var result = SpecialisationShare.of(List.of());

        assertThat(result.total()).isZero();
        assertThat(result.topIndustries()).isEmpty();
        assertThat(result.topOnePercent()).isEqualTo(new BigDecimal("0.0"));
        assertThat(result.topTwoPercent()).isEqualTo(new BigDecimal("0.0"));
        assertThat(result.reached()).isFalse();
    }

    @Test
    void sharesAreRoundedToOneDecimalForDisplay() {
        var result = SpecialisationShare.of(List.of("a", "b", "c"));

        assertThat(result.topOnePercent()).isEqualTo(new BigDecimal("33.3"));
        assertThat(result.topTwoPercent()).isEqualTo(new BigDecimal("66.7"));
    }

    @Test
    void theRuleUsesExactArithmeticNotTheRoundedShare() {
        // the two largest of five single-enterprise industries: 2 of 5, exactly 40 %, reached
        var twoOfFive = SpecialisationShare.of(List.of("a", "b", "c", "d", "e"));
        assertThat(twoOfFive.topTwoPercent()).isEqualByComparingTo("40.0");
        assertThat(twoOfFive.reached()).isTrue();

        // 799 of 2000 = 39.95 % is shown rounded as 40.0 but is below 40 %: not reached
        List<String> all = industries("a", 400, "b", 399);
        for (int i = 0; i < 1201; i++) {
            all.add("other " + i);
        }
        var justBelow = SpecialisationShare.of(all);
        assertThat(justBelow.topTwoPercent()).isEqualByComparingTo("40.0");
        assertThat(justBelow.reached()).isFalse();
    }

    @Test
    void aFullWidthSpaceInsideAnIndustryNameIsTheSameAsAnOrdinarySpace() {
        var result = SpecialisationShare.of(List.of("供应链　金融", "供应链 金融", "政务", "医疗", "教育"));

        assertThat(result.topIndustries().get(0).enterprises()).isEqualTo(2);
    }
}
