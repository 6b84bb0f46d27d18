package cn.js.pilotzone.ledger.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.js.pilotzone.common.Texts;
import cn.js.pilotzone.common.TimeConfig;
import cn.js.pilotzone.ledger.AuditQuery;
import cn.js.pilotzone.ledger.AuditRecordView;
import cn.js.pilotzone.ledger.AuditResult;

/**
 * SQL access to the audit table. It only inserts and reads: there is deliberately no statement
 * here that changes or removes a record.
 */
@Repository
public class AuditStore {

    private static final String COLUMNS = "seq, recorded_at, actor, organisation, client_address, action, "
            + "object_ref, result, detail, prev_hash, entry_hash";

    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the chain head for this transaction, so that appends are serialised across nodes. */
    public Head lockHead() {
        return jdbc.sql("SELECT last_seq, last_hash FROM ledger_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    public long headSeq() {
        return jdbc.sql("SELECT last_seq FROM ledger_head WHERE id = 1").query(Long.class).single();
    }

    public void insert(CanonicalRecord record, String entryHash) {
        jdbc.sql("INSERT INTO audit_record (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)")
                .params(record.seq(), record.recordedAt().atOffset(ZoneOffset.UTC), record.actor(),
                        record.organisation(), record.clientAddress(), record.action(), record.objectRef(),
                        record.result(), record.detail(), record.prevHash(), entryHash)
                .update();
        jdbc.sql("UPDATE ledger_head SET last_seq = ?, last_hash = ? WHERE id = 1")
                .params(record.seq(), entryHash).update();
    }

    /**
     * Streams the records up to and including lastSeq in chain order, a fixed number at a time, to
     * bound memory; records appended meanwhile are left for the next walk.
     */
    public void forEachInOrder(long lastSeq, int batchSize, Consumer<StoredRecord> consumer) {
        long after = 0;
        while (true) {
            List<StoredRecord> batch = jdbc.sql("SELECT " + COLUMNS + " FROM audit_record WHERE seq > ? AND seq <= ? ORDER BY seq"
                    + " FETCH FIRST " + batchSize + " ROWS ONLY")
                    .params(after, lastSeq).query((rs, n) -> stored(rs)).list();
            batch.forEach(consumer);
            if (batch.size() < batchSize) {
                return;
            }
            after = batch.get(batch.size() - 1).content().seq();
        }
    }

    public List<AuditRecordView> search(AuditQuery query, long offset, int limit) {
        Filter filter = Filter.of(query);
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_record" + filter.where()
                + " ORDER BY seq DESC OFFSET " + offset + " ROWS FETCH FIRST " + limit + " ROWS ONLY")
                .params(filter.params()).query((rs, n) -> view(rs)).list();
    }

    public long count(AuditQuery query) {
        Filter filter = Filter.of(query);
        return jdbc.sql("SELECT COUNT(*) FROM audit_record" + filter.where()).params(filter.params())
                .query(Long.class).single();
    }

    private static StoredRecord stored(ResultSet rs) throws SQLException {
        CanonicalRecord content = new CanonicalRecord(rs.getLong("seq"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("organisation"), rs.getString("client_address"), rs.getString("action"),
                rs.getString("object_ref"), rs.getString("result"), rs.getString("detail"),
                rs.getString("prev_hash"));
        return new StoredRecord(content, rs.getString("entry_hash"));
    }

    private static AuditRecordView view(ResultSet rs) throws SQLException {
        return new AuditRecordView(rs.getLong("seq"),
                rs.getObject("recorded_at", OffsetDateTime.class).atZoneSameInstant(TimeConfig.ZONE).toOffsetDateTime(),
                rs.getString("actor"), rs.getString("organisation"), rs.getString("client_address"),
                rs.getString("action"), rs.getString("object_ref"), AuditResult.valueOf(rs.getString("result")),
                rs.getString("detail"), rs.getString("prev_hash"), rs.getString("entry_hash"));
    }

    public record Head(long lastSeq, String lastHash) {
    }

    private record Filter(String where, List<Object> params) {

        static Filter of(AuditQuery query) {
            List<String> conditions = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            if (query.from() != null) {
                conditions.add("recorded_at >= ?");
                params.add(query.from().atStartOfDay(TimeConfig.ZONE).toOffsetDateTime());
            }
            if (query.to() != null) {
                conditions.add("recorded_at < ?");
                params.add(query.to().plusDays(1).atStartOfDay(TimeConfig.ZONE).toOffsetDateTime());
            }
            if (query.actor() != null && !query.actor().isBlank()) {
                conditions.add("LOWER(actor) LIKE ?");
                params.add(Texts.containsPattern(query.actor()));
            }
            if (query.action() != null && !query.action().isBlank()) {
                conditions.add("action = ?");
                params.add(query.action());
            }
            if (query.result() != null) {
                conditions.add("result = ?");
                params.add(query.result().name());
            }
            if (query.text() != null && !query.text().isBlank()) {
                conditions.add("(LOWER(object_ref) LIKE ? OR LOWER(detail) LIKE ? OR LOWER(organisation) LIKE ?"
                        + " OR client_address LIKE ?)");
                for (int i = 0; i < 4; i++) {
                    params.add(Texts.containsPattern(query.text()));
                }
            }
            String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
            return new Filter(where, params);
        }

        @Override
        public List<Object> params() {
            return List.copyOf(params);
        }
    }
}
