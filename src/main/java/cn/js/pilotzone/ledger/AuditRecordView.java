package cn.js.pilotzone.ledger;

import java.time.OffsetDateTime;

/** One stored audit record as the auditor sees it. */
public record AuditRecordView(long seq, OffsetDateTime recordedAt, String actor, String organisation,
        String clientAddress, String action, String objectRef, AuditResult result, String detail,
        String prevHash, String entryHash) {
}
