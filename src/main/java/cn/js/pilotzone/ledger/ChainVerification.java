package cn.js.pilotzone.ledger;

/**
 * The outcome of walking the hash chain.
 *
 * @param checked number of records walked
 * @param firstBrokenSeq sequence number of the first record whose link does not hold, or null
 * @param problem message key saying why that link is broken, or null
 */
public record ChainVerification(long checked, Long firstBrokenSeq, String problem) {

    public static ChainVerification intact(long checked) {
        return new ChainVerification(checked, null, null);
    }

    public static ChainVerification brokenAt(long checked, long seq, String problem) {
        return new ChainVerification(checked, seq, problem);
    }

    public boolean isIntact() {
        return firstBrokenSeq == null;
    }
}
