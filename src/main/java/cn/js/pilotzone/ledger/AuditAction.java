package cn.js.pilotzone.ledger;

/**
 * An action the audit trail records. Each module lists its actions in an enum implementing this;
 * the code is stored and shown through the message key {@code audit.action.<code>}.
 */
public interface AuditAction {

    String code();
}
