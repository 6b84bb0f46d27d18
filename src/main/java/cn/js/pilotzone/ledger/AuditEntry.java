package cn.js.pilotzone.ledger;

import java.util.Objects;

/**
 * What one audit record says, before the ledger stamps it with time, sequence and hashes. Values
 * longer than their column are cut, never refused: a record must be written whatever it carries.
 *
 * @param objectRef the object acted on, as {@code kind:id} (for example {@code account:42})
 */
public record AuditEntry(String actor, String organisation, String clientAddress, AuditAction action,
        String objectRef, AuditResult result, String detail) {

    public AuditEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(result, "result");
        actor = fit(orDash(actor), 64);
        organisation = fit(orDash(organisation), 100);
        clientAddress = fit(orDash(clientAddress), 64);
        objectRef = fit(orDash(objectRef), 200);
        detail = fit(detail == null ? "" : detail, 1000);
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    private static String fit(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }
}
