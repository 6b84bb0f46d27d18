package cn.js.pilotzone.review;

import cn.js.pilotzone.ledger.AuditAction;
import cn.js.pilotzone.ledger.AuditableEvent;

/** The province set or lifted a city's recommendation quota for a round. */
record QuotaSet(long roundId, String jurisdictionCode, Integer quota) implements AuditableEvent {

    @Override
    public AuditAction action() {
        return ReviewAction.QUOTA_SET;
    }

    @Override
    public String objectRef() {
        return "round:" + roundId + "/" + jurisdictionCode;
    }

    @Override
    public String detail() {
        return quota == null ? "unlimited" : "quota=" + quota;
    }
}
