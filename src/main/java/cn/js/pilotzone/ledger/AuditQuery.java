package cn.js.pilotzone.ledger;

import java.time.LocalDate;

/** Filters of the audit search; every field is optional. */
public record AuditQuery(LocalDate from, LocalDate to, String actor, String action, AuditResult result,
        String text) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
