package cn.js.pilotzone.review;

import cn.js.pilotzone.ledger.AuditAction;
import cn.js.pilotzone.ledger.AuditableEvent;

/** The city's decision with its written opinion, kept in the audit log word for word. */
record CityOpinion(long applicationId, Decision decision, String opinion) implements AuditableEvent {

    @Override
    public AuditAction action() {
        return ReviewAction.CITY_OPINION;
    }

    @Override
    public String objectRef() {
        return "application:" + applicationId;
    }

    @Override
    public String detail() {
        return decision + ": " + opinion;
    }
}
