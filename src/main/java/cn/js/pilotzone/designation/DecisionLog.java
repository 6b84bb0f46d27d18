package cn.js.pilotzone.designation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.js.pilotzone.common.TimeConfig;
import cn.js.pilotzone.designation.ProvincialDecisions.Decided;
import cn.js.pilotzone.identity.AccountPrincipal;

/** Every provincial decision with its reasons, kept in order and never changed. */
@Component
class DecisionLog {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecisionLog(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    void record(long applicationId, DecisionKind kind, String opinion, AccountPrincipal me) {
        jdbc.sql("INSERT INTO provincial_decision (application_id, kind, opinion, decided_by, decided_at)"
                + " VALUES (?, ?, ?, ?, ?)").params(applicationId, kind.name(), opinion, me.loginName(),
                        Timestamp.from(clock.instant())).update();
        events.publishEvent(new DesignationChanged(DesignationAction.PROVINCIAL_DECISION,
                "application:" + applicationId, kind.name() + ": " + opinion));
    }

    List<Decided> history(long applicationId) {
        return jdbc.sql("SELECT kind, opinion, decided_by, decided_at FROM provincial_decision WHERE application_id = ?"
                + " ORDER BY id").param(applicationId)
                .query((rs, n) -> new Decided(DecisionKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        TimeConfig.inJiangsu(rs.getTimestamp(4).toInstant()))).list();
    }
}
