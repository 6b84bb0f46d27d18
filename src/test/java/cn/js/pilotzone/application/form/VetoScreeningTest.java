package cn.js.pilotzone.application.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.js.pilotzone.application.form.VetoScreening.Hit;

class VetoScreeningTest {

    private static Map<String, String> enterprise(String name, String scope) {
        return Map.of("name", name, "businessScope", scope);
    }

    @Test
    void aChineseKeywordIsFoundInsideABusinessScopeWithRowColumnAndExcerpt() {
        List<Map<String, String>> rows = List.of(
                enterprise("南京链上科技有限公司", "区块链技术开发；供应链管理服务"),
                enterprise("苏州算力有限公司", "计算机软硬件销售、矿机租赁及维护；技术咨询服务"));

        List<Hit> hits = VetoScreening.screen(rows, List.of("矿机"));

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.row()).isEqualTo(2);
            assertThat(hit.enterprise()).isEqualTo("苏州算力有限公司");
            assertThat(hit.column()).isEqualTo("businessScope");
            assertThat(hit.keyword()).isEqualTo("矿机");
            assertThat(hit.excerpt()).contains("矿机租赁");
        });
    }

    @Test
    void aLongTextIsShortenedAroundTheHit() {
        String scope = "一".repeat(40) + "虚拟货币" + "二".repeat(40);

        Hit hit = VetoScreening.screen(List.of(enterprise("某公司", scope)), List.of("虚拟货币")).get(0);

        assertThat(hit.excerpt()).isEqualTo("…" + "一".repeat(15) + "虚拟货币" + "二".repeat(15) + "…");
    }

    @Test
    void aKeywordInTheNameIsReportedForTheNameColumn() {
        List<Hit> hits = VetoScreening.screen(List.of(enterprise("无锡矿机制造有限公司", "设备销售")), List.of("矿机"));

        assertThat(hits).extracting(Hit::row, Hit::column).containsExactly(tuple(1, "name"));
    }

    @Test
    void aLatinKeywordMatchesAsAWholeWordIgnoringCase() {
        List<Map<String, String>> rows = List.of(
                enterprise("甲公司", "协助 ICO 项目发行"),
                enterprise("乙公司", "提供ico咨询"),
                enterprise("丙公司", "silicon wafer 销售"),
                enterprise("丁公司", "ICON 设计服务"));

        List<Hit> hits = VetoScreening.screen(rows, List.of("ICO"));

        assertThat(hits).extracting(Hit::row, Hit::column, Hit::keyword)
                .containsExactly(tuple(1, "businessScope", "ICO"), tuple(2, "businessScope", "ICO"));
    }

    @Test
    void noKeywordsMeansNoHits() {
        assertThat(VetoScreening.screen(List.of(enterprise("矿机公司", "矿机 ICO")), List.of())).isEmpty();
    }

    @Test
    void blankKeywordsAreIgnored() {
        List<Hit> hits = VetoScreening.screen(List.of(enterprise("某公司", "矿机 销售")), List.of("", "  ", " 矿机 "));

        assertThat(hits).extracting(Hit::keyword).containsExactly("矿机");
    }

    @Test
    void eachKeywordIsReportedOncePerField() {
        List<Hit> hits = VetoScreening.screen(List.of(enterprise("矿机矿机公司", "矿机销售；矿机租赁；矿机维修")),
                List.of("矿机", "租赁"));

        assertThat(hits).extracting(Hit::column, Hit::keyword).containsExactly(
                tuple("name", "矿机"),
                tuple("businessScope", "矿机"),
                tuple("businessScope", "租赁"));
    }
}
