package cn.js.pilotzone.ledger.domain;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * Refuses every UPDATE and DELETE of the rows of an append-only table on H2, as a PL/pgSQL trigger
 * does on PostgreSQL: the database itself keeps the audit trail and submitted versions unchanged,
 * whatever code runs against it. Other modules' migrations name this class for their own tables.
 */
public class AppendOnlyTrigger implements Trigger {

    private String table = "table";

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
            int type) {
        table = tableName.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only");
    }
}
