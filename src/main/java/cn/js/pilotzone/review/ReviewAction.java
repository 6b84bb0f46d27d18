package cn.js.pilotzone.review;

import cn.js.pilotzone.ledger.AuditAction;

enum ReviewAction implements AuditAction {
    QUOTA_SET;

    @Override
    public String code() {
        return name();
    }
}
