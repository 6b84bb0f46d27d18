package cn.js.pilotzone.evidence.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.js.pilotzone.evidence.FileType;
import cn.js.pilotzone.evidence.StoredFile;

/**
 * SQL access to the evidence table. It only inserts and reads: a stored file is evidence, so there
 * is deliberately no statement here that changes or removes one.
 */
@Repository
public class EvidenceRecords {

    private final JdbcClient jdbc;

    EvidenceRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(StoredFile file, String storedName) {
        jdbc.sql("INSERT INTO evidence_file (id, stored_name, original_name, file_type, size_bytes, sha256, sm3,"
                + " uploaded_by, uploaded_at) VALUES (?,?,?,?,?,?,?,?,?)")
                .params(file.id(), storedName, file.originalName(), file.type().name(), file.size(), file.sha256(),
                        file.sm3(), file.uploadedBy(), file.uploadedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    public Optional<Row> find(String id) {
        return jdbc.sql("SELECT id, stored_name, original_name, file_type, size_bytes, sha256, sm3, uploaded_by,"
                + " uploaded_at FROM evidence_file WHERE id = ?").param(id).query((rs, n) -> row(rs)).optional();
    }

    private static Row row(ResultSet rs) throws SQLException {
        StoredFile file = new StoredFile(rs.getString("id"), rs.getString("original_name"),
                FileType.valueOf(rs.getString("file_type")), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("sm3"), rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
        return new Row(file, rs.getString("stored_name"));
    }

    /** A file's record and where its bytes lie, relative to the store's root. */
    public record Row(StoredFile file, String storedName) {
    }
}
