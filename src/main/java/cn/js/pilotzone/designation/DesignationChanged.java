package cn.js.pilotzone.designation;

import cn.js.pilotzone.ledger.AuditAction;
import cn.js.pilotzone.ledger.AuditableEvent;

/** A decision, notice, objection or designation, recorded in the audit log in the same transaction. */
record DesignationChanged(AuditAction action, String objectRef, String detail) implements AuditableEvent {
}
