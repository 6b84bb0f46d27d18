package cn.js.pilotzone.application;

import cn.js.pilotzone.ledger.AuditAction;
import cn.js.pilotzone.ledger.AuditableEvent;

/** A park started an application in a round. */
public record ApplicationStarted(long applicationId, long roundId, long parkOrganisationId) implements AuditableEvent {

    @Override
    public AuditAction action() {
        return ApplicationAction.APPLICATION_STARTED;
    }

    @Override
    public String objectRef() {
        return "application:" + applicationId;
    }

    @Override
    public String detail() {
        return "round=" + roundId + " park=" + parkOrganisationId;
    }
}
