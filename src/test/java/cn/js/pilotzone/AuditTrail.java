package cn.js.pilotzone;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the audit table directly, as an assessor would, to see what a test's actions recorded. */
@Component
public class AuditTrail {

    public record Row(long seq, String actor, String organisation, String clientAddress, String action,
            String objectRef, String result, String detail) {
    }

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> byActor(String actor) {
        return jdbc.sql("SELECT seq, actor, organisation, client_address, action, object_ref, result, detail"
                + " FROM audit_record WHERE actor = ? ORDER BY seq").param(actor).query(Row.class).list();
    }

    public List<Row> after(long seq) {
        return jdbc.sql("SELECT seq, actor, organisation, client_address, action, object_ref, result, detail"
                + " FROM audit_record WHERE seq > ? ORDER BY seq").param(seq).query(Row.class).list();
    }

    public long lastSeq() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM audit_record").query(Long.class).single();
    }

    public List<String> actionsOf(String actor) {
        return byActor(actor).stream().map(Row::action).toList();
    }
}
