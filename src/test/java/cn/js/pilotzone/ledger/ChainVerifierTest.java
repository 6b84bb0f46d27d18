package cn.js.pilotzone.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.js.pilotzone.ledger.domain.CanonicalRecord;
import cn.js.pilotzone.ledger.domain.ChainVerifier;
import cn.js.pilotzone.ledger.domain.StoredRecord;

class ChainVerifierTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    private static List<StoredRecord> chain(int length) {
        List<StoredRecord> records = new ArrayList<>();
        String previous = CanonicalRecord.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            CanonicalRecord content = new CanonicalRecord(seq, T0.plusSeconds(seq), "user" + seq, "单位", "10.0.0.1",
                    "LOGIN_SUCCESS", "account:" + seq, "SUCCESS", "", previous);
            records.add(new StoredRecord(content, content.hash()));
            previous = content.hash();
        }
        return records;
    }

    private static ChainVerification verify(List<StoredRecord> records, long headSeq) {
        ChainVerifier verifier = new ChainVerifier();
        records.forEach(verifier::accept);
        return verifier.result(headSeq);
    }

    private static StoredRecord withActor(StoredRecord record, String actor) {
        CanonicalRecord c = record.content();
        return new StoredRecord(new CanonicalRecord(c.seq(), c.recordedAt(), actor, c.organisation(),
                c.clientAddress(), c.action(), c.objectRef(), c.result(), c.detail(), c.prevHash()),
                record.entryHash());
    }

    @Test
    void anUntouchedChainIsIntact() {
        ChainVerification result = verify(chain(5), 5);
        assertThat(result.isIntact()).isTrue();
        assertThat(result.checked()).isEqualTo(5);
    }

    @Test
    void anAlteredRecordIsNamedAsTheFirstBrokenLink() {
        List<StoredRecord> records = chain(5);
        records.set(2, withActor(records.get(2), "intruder"));
        ChainVerification result = verify(records, 5);
        assertThat(result.firstBrokenSeq()).isEqualTo(3L);
        assertThat(result.problem()).isEqualTo("audit.chain.contentMismatch");
    }

    @Test
    void aRecordWhoseHashWasRecomputedBreaksTheNextLink() {
        List<StoredRecord> records = chain(5);
        StoredRecord forged = withActor(records.get(1), "intruder");
        records.set(1, new StoredRecord(forged.content(), forged.content().hash()));
        ChainVerification result = verify(records, 5);
        assertThat(result.firstBrokenSeq()).isEqualTo(3L);
        assertThat(result.problem()).isEqualTo("audit.chain.prevMismatch");
    }

    @Test
    void aRemovedRecordIsAGap() {
        List<StoredRecord> records = chain(5);
        records.remove(1);
        ChainVerification result = verify(records, 5);
        assertThat(result.firstBrokenSeq()).isEqualTo(2L);
        assertThat(result.problem()).isEqualTo("audit.chain.gap");
    }

    @Test
    void recordsMissingAtTheEndAreFoundAgainstTheHead() {
        ChainVerification result = verify(chain(3), 5);
        assertThat(result.firstBrokenSeq()).isEqualTo(4L);
        assertThat(result.problem()).isEqualTo("audit.chain.truncated");
    }

    @Test
    void fieldBoundariesCannotBeShiftedWithoutChangingTheHash() {
        CanonicalRecord a = new CanonicalRecord(1, T0, "ab", "c", "-", "X", "-", "SUCCESS", "", CanonicalRecord.GENESIS);
        CanonicalRecord b = new CanonicalRecord(1, T0, "a", "bc", "-", "X", "-", "SUCCESS", "", CanonicalRecord.GENESIS);
        assertThat(a.hash()).isNotEqualTo(b.hash());
    }
}
