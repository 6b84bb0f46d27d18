package cn.js.pilotzone.supervision;

import cn.js.pilotzone.ledger.AuditAction;
import cn.js.pilotzone.ledger.AuditableEvent;

/** A decision on a report, an order or a reminder, recorded in the audit log in the same transaction. */
record SupervisionChanged(AuditAction action, String objectRef, String detail) implements AuditableEvent {
}
