package cn.js.pilotzone.application;

import cn.js.pilotzone.ledger.AuditAction;

enum ApplicationAction implements AuditAction {
    ROUND_OPENED, APPLICATION_STARTED, EVIDENCE_ATTACHED, EVIDENCE_REMOVED, ROSTER_IMPORTED, VETO_DECLARED,
    APPLICATION_SUBMITTED, APPLICATION_WITHDRAWN, SCAN_UPLOADED, VETO_KEYWORD_ADDED, VETO_KEYWORD_REMOVED;

    @Override
    public String code() {
        return name();
    }
}
