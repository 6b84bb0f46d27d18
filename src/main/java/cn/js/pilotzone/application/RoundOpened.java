package cn.js.pilotzone.application;

import cn.js.pilotzone.ledger.AuditAction;
import cn.js.pilotzone.ledger.AuditableEvent;

/** The province opened a round; the ledger records it with the round's dates. */
public record RoundOpened(long roundId, int year, String dates) implements AuditableEvent {

    @Override
    public AuditAction action() {
        return ApplicationAction.ROUND_OPENED;
    }

    @Override
    public String objectRef() {
        return "round:" + roundId;
    }

    @Override
    public String detail() {
        return year + " " + dates;
    }
}
