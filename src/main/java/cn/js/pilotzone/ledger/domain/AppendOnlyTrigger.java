package cn.js.pilotzone.ledger.domain;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * Refuses every UPDATE and DELETE of audit records on H2, as a PL/pgSQL trigger does on
 * PostgreSQL: the database itself keeps the trail append-only, whatever code runs against it.
 */
public class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_record is append-only");
    }
}
