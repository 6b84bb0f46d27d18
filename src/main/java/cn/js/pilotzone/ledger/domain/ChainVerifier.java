package cn.js.pilotzone.ledger.domain;

import cn.js.pilotzone.ledger.ChainVerification;

/**
 * Walks records in sequence order, one at a time so that memory stays bounded, and names the first
 * one whose link does not hold: a gap in the numbering, a predecessor hash that differs from the
 * previous record's hash, or content that no longer matches its own hash.
 */
public final class ChainVerifier {

    private long expectedSeq = 1;
    private String previousHash = CanonicalRecord.GENESIS;
    private long checked;
    private ChainVerification broken;

    /** Checks the next record; records after the first broken link are ignored. */
    public void accept(StoredRecord record) {
        if (broken != null) {
            return;
        }
        CanonicalRecord content = record.content();
        checked++;
        if (content.seq() != expectedSeq) {
            broken = ChainVerification.brokenAt(checked, expectedSeq, "audit.chain.gap");
        } else if (!content.prevHash().equals(previousHash)) {
            broken = ChainVerification.brokenAt(checked, content.seq(), "audit.chain.prevMismatch");
        } else if (!content.hash().equals(record.entryHash())) {
            broken = ChainVerification.brokenAt(checked, content.seq(), "audit.chain.contentMismatch");
        } else {
            previousHash = record.entryHash();
            expectedSeq++;
        }
    }

    /** The verdict once every record has been offered; headSeq is the length the head claims. */
    public ChainVerification result(long headSeq) {
        if (broken != null) {
            return broken;
        }
        if (expectedSeq - 1 != headSeq) {
            return ChainVerification.brokenAt(checked, expectedSeq, "audit.chain.truncated");
        }
        return ChainVerification.intact(checked);
    }
}
