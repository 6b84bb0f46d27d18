package cn.js.pilotzone.ledger;

import java.util.Objects;

/**
 * What one audit record says, before the ledger stamps it with time, sequence and hashes.
 *
 * @param objectRef the object acted on, as {@code kind:id} (for example {@code account:42})
 */
public record AuditEntry(String actor, String organisation, String clientAddress, AuditAction action,
        String objectRef, AuditResult result, String detail) {

    public AuditEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(result, "result");
        actor = orDash(actor);
        organisation = orDash(organisation);
        clientAddress = orDash(clientAddress);
        objectRef = orDash(objectRef);
        detail = detail == null ? "" : detail;
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
