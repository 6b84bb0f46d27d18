package cn.js.pilotzone.evidence.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * SHA-256 and SM3 of the same bytes, fed piece by piece as they stream past: SHA-256 for the
 * ledger and everyone else, SM3 where national commercial cryptography (GB/T 39786) is required.
 */
public final class Digests {

    private final MessageDigest sha256;
    private final SM3Digest sm3 = new SM3Digest();

    public Digests() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    public void update(byte[] bytes, int offset, int length) {
        sha256.update(bytes, offset, length);
        sm3.update(bytes, offset, length);
    }

    /** Both digests as lowercase hex; the object is spent afterwards. */
    public Result finish() {
        byte[] sm3Value = new byte[sm3.getDigestSize()];
        sm3.doFinal(sm3Value, 0);
        return new Result(HexFormat.of().formatHex(sha256.digest()), HexFormat.of().formatHex(sm3Value));
    }

    public record Result(String sha256, String sm3) {
    }
}
