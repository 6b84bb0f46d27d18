package cn.js.pilotzone.review;

import cn.js.pilotzone.ledger.AuditAction;

enum ReviewAction implements AuditAction {
    QUOTA_SET, CITY_OPINION;

    @Override
    public String code() {
        return name();
    }
}
