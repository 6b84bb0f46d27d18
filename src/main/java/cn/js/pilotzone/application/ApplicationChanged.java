package cn.js.pilotzone.application;

import cn.js.pilotzone.ledger.AuditAction;
import cn.js.pilotzone.ledger.AuditableEvent;

/** A change to an application or its settings that the audit log records in the same transaction. */
record ApplicationChanged(AuditAction action, String objectRef, String detail) implements AuditableEvent {

    static ApplicationChanged of(ApplicationAction action, long applicationId, String detail) {
        return new ApplicationChanged(action, "application:" + applicationId, detail);
    }
}
