package cn.js.pilotzone.ledger;

/**
 * A domain event that the ledger appends as it is published, inside the transaction that changed
 * the state, so that a state change and its record commit or roll back together.
 */
public interface AuditableEvent {

    AuditAction action();

    String objectRef();

    default String detail() {
        return "";
    }
}
