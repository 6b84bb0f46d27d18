package cn.js.pilotzone.supervision;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.common.TimeConfig;
import cn.js.pilotzone.identity.AccountPrincipal;

/** 限期整改: the orders that follow a failed re-evaluation, each with its shortcomings and deadline. */
@Component
class RectificationOrders {

    enum Result {
        PASSED, REVOKED
    }

    /** An order; its result is null while the rectification is under way. */
    record Order(long id, long designationId, long reEvaluationId, long reportId, String shortcomings,
            LocalDate deadline, String orderedBy, LocalDate orderedOn, Result result) {
    }

    private static final String SELECT = "SELECT id, designation_id, re_evaluation_id, report_id, shortcomings,"
            + " deadline, ordered_by, ordered_at, outcome FROM rectification_order";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RectificationOrders(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    void order(long designationId, long reEvaluationId, long reportId, String shortcomings, LocalDate deadline,
            AccountPrincipal me) {
        jdbc.sql("INSERT INTO rectification_order (designation_id, re_evaluation_id, report_id, shortcomings, deadline,"
                + " ordered_by, ordered_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)")
                .params(designationId, reEvaluationId, reportId, shortcomings, Date.valueOf(deadline), me.loginName(),
                        Timestamp.from(clock.instant())).update();
        events.publishEvent(new SupervisionChanged(SupervisionAction.RECTIFICATION_ORDERED,
                "designation:" + designationId, "deadline=" + deadline + ": " + shortcomings));
    }

    /** Closes an open order; an order closed already is refused, so two decisions cannot both land. */
    void close(long orderId, Result result) {
        int changed = jdbc.sql("UPDATE rectification_order SET outcome = ?, closed_at = ?, version = version + 1"
                + " WHERE id = ? AND outcome IS NULL").params(result.name(), Timestamp.from(clock.instant()), orderId)
                .update();
        if (changed == 0) {
            throw new DomainException("application.wrongState");
        }
    }

    /** Closes every order of a revoked title that is still open; none open is fine. */
    void closeOpen(long designationId) {
        jdbc.sql("UPDATE rectification_order SET outcome = ?, closed_at = ?, version = version + 1"
                + " WHERE designation_id = ? AND outcome IS NULL")
                .params(Result.REVOKED.name(), Timestamp.from(clock.instant()), designationId).update();
    }

    Optional<Order> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query((rs, n) -> order(rs)).optional();
    }

    Optional<Order> ofReport(long reportId) {
        return jdbc.sql(SELECT + " WHERE report_id = ?").param(reportId).query((rs, n) -> order(rs)).optional();
    }

    List<Order> ofDesignation(long designationId) {
        return jdbc.sql(SELECT + " WHERE designation_id = ? ORDER BY id").param(designationId)
                .query((rs, n) -> order(rs)).list();
    }

    List<Order> open() {
        return jdbc.sql(SELECT + " WHERE outcome IS NULL ORDER BY deadline, id").query((rs, n) -> order(rs)).list();
    }

    private static Order order(ResultSet rs) throws SQLException {
        String result = rs.getString(9);
        return new Order(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getString(7),
                TimeConfig.inJiangsu(rs.getTimestamp(8).toInstant()).toLocalDate(),
                result == null ? null : Result.valueOf(result));
    }
}
