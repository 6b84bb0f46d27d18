package cn.js.pilotzone.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.js.pilotzone.IntegrationTest;
import cn.js.pilotzone.application.form.AppendixA;
import cn.js.pilotzone.application.form.AppendixC;

@IntegrationTest
class RubricsIT {

    @Autowired
    Rubrics rubrics;

    @Test
    void theEvaluationRubricHasTheThirteenIndicatorsOfTableOneInFourCategories() {
        Rubric rubric = rubrics.inForce(Rubrics.EVALUATION, LocalDate.of(2026, 3, 2));

        assertThat(rubric.indicators()).hasSize(13);
        assertThat(rubric.indicators()).extracting(Indicator::categoryZh).containsOnly("保障机制（基础环境）", "产业基础",
                "创新与服务", "应用示范");
        assertThat(rubric.indicators()).extracting(Indicator::nameZh).containsExactly("政策保障", "发展定位", "基础设施",
                "企业集聚", "底层与人才支撑", "特色明显", "平台与载体", "知识产权与标准", "安全能力", "示范项目", "应用成果",
                "应用推广", "发展引导");
        assertThat(rubric.indicators().get(5).contentZh()).contains("40%以上");
        assertThat(rubric.indicators()).allSatisfy(i -> assertThat(AppendixA.SCHEMA.section(i.sectionKey())).isPresent());
    }

    @Test
    void theReEvaluationRubricHasTheSameThirteenIndicatorsSinceTheLastEvaluationEachPointingAtTheReport() {
        Rubric rubric = rubrics.inForce(Rubrics.RE_EVALUATION, LocalDate.of(2026, 3, 2));
        Rubric evaluation = rubrics.inForce(Rubrics.EVALUATION, LocalDate.of(2026, 3, 2));

        assertThat(rubric.id()).isNotEqualTo(evaluation.id());
        assertThat(rubric.indicators()).extracting(Indicator::nameZh)
                .containsExactlyElementsOf(evaluation.indicators().stream().map(Indicator::nameZh).toList());
        assertThat(rubric.indicators()).allSatisfy(i -> assertThat(i.contentZh()).startsWith("通过评估以来"));
        assertThat(rubric.indicators()).allSatisfy(i -> assertThat(AppendixC.RE_EVALUATION.section(i.sectionKey()))
                .isPresent());
        assertThat(rubric.indicators()).extracting(i -> AppendixC.RECTIFICATION_REPORT.anchorFor(i.sectionKey()))
                .as("a rectification report answers every indicator in its one section").containsOnly("remedy");
    }

    @Test
    void aPastRubricVersionStaysReadableByItsId() {
        Rubric current = rubrics.inForce(Rubrics.EVALUATION, LocalDate.of(2026, 3, 2));

        assertThat(rubrics.byId(current.id())).contains(current);
    }
}
