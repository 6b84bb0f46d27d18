package cn.js.pilotzone.rubric;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rubric in force on a day, and any past version by its id, for ratings made against it. */
@Service
public class Rubrics {

    /** Table 1: the initial evaluation of an application. */
    public static final String EVALUATION = "EVALUATION";

    /** Table 4: the re-evaluation of a designated park, and the re-rating after a rectification. */
    public static final String RE_EVALUATION = "RE_EVALUATION";

    private final JdbcClient jdbc;

    Rubrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Rubric inForce(String purpose, LocalDate day) {
        Long id = jdbc.sql("SELECT id FROM rubric_version WHERE purpose = ? AND effective_from <= ?"
                + " ORDER BY effective_from DESC").params(purpose, day).query(Long.class).list().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no rubric for " + purpose + " on " + day));
        return byId(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Rubric> byId(long id) {
        return jdbc.sql("SELECT id, purpose, label, effective_from FROM rubric_version WHERE id = ?").param(id)
                .query((rs, n) -> new Rubric(rs.getLong("id"), rs.getString("purpose"), rs.getString("label"),
                        rs.getObject("effective_from", LocalDate.class), indicators(id)))
                .optional();
    }

    private List<Indicator> indicators(long rubricId) {
        return jdbc.sql("SELECT id, sort_order, category_zh, category_en, name_zh, name_en, content_zh, section_key"
                + " FROM indicator WHERE rubric_version_id = ? ORDER BY sort_order").param(rubricId)
                .query((rs, n) -> new Indicator(rs.getLong("id"), rs.getInt("sort_order"), rs.getString("category_zh"),
                        rs.getString("category_en"), rs.getString("name_zh"), rs.getString("name_en"),
                        rs.getString("content_zh"), rs.getString("section_key")))
                .list();
    }
}
