package cn.js.pilotzone.application.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EarlierEntriesTest {

    private static final String LISTED_CODE = "91320100MA1XYW0001";

    private static FormContent application() {
        return FormContent.empty().withRows("enterprises", List.of(Map.of("name", "南京链信科技有限公司",
                "creditCode", LISTED_CODE)));
    }

    @Test
    void anEnterpriseIsNewOnlyIfNoEarlierFormHeldItsCreditCodeWhateverItsCase() {
        EarlierEntries earlier = EarlierEntries.from(List.of(application()));

        assertThat(earlier.listedBefore(AppendixC.ENTERPRISES, Map.of("creditCode", LISTED_CODE.toLowerCase())))
                .isTrue();
        assertThat(earlier.listedBefore(AppendixC.ENTERPRISES, Map.of("creditCode", "91320100MA1XYW0002"))).isFalse();
    }

    @Test
    void whatAnEarlierReportListedAsNewIsNotNewAgain() {
        FormContent lastReport = FormContent.empty().withRows("newStandards", List.of(Map.of("name", "区块链存证应用指南")));
        EarlierEntries earlier = EarlierEntries.from(List.of(application(), lastReport));

        assertThat(earlier.listedBefore(AppendixC.STANDARDS, Map.of("name", " 区块链存证应用指南 "))).isTrue();
        assertThat(earlier.listedBefore(AppendixC.STANDARDS, Map.of("name", "区块链电子合同规范"))).isFalse();
    }

    @Test
    void theParksPlatformsAreAListNotANewsListAndAnApplicationRecognisesNothing() {
        FormContent lastReport = FormContent.empty().withRows("platforms", List.of(Map.of("name", "区块链公共服务平台")));

        assertThat(EarlierEntries.from(List.of(lastReport)).listedBefore(AppendixC.PLATFORMS,
                Map.of("name", "区块链公共服务平台"))).isFalse();
        assertThat(EarlierEntries.none().listedBefore(AppendixC.ENTERPRISES, Map.of("creditCode", LISTED_CODE)))
                .isFalse();
    }
}
