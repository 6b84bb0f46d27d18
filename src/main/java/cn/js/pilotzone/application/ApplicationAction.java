package cn.js.pilotzone.application;

import cn.js.pilotzone.ledger.AuditAction;

enum ApplicationAction implements AuditAction {
    ROUND_OPENED, APPLICATION_STARTED;

    @Override
    public String code() {
        return name();
    }
}
