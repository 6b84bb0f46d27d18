package cn.js.pilotzone.panel;

import cn.js.pilotzone.ledger.AuditAction;
import cn.js.pilotzone.ledger.AuditableEvent;

/** A change to the expert pool or a panel, recorded in the audit log in the same transaction. */
record PanelChanged(AuditAction action, String objectRef, String detail) implements AuditableEvent {
}
