package cn.js.pilotzone.ledger.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The exact bytes that an audit record's hash covers. Every field is written as its UTF-8 length
 * followed by its bytes, so no choice of field values can make two different records encode
 * alike. A public transparency log can use the same bytes as its Merkle leaves (RFC 6962 leaf hash
 * SHA-256(0x00 || bytes), leaf index seq - 1) without touching the stored records.
 */
public record CanonicalRecord(long seq, Instant recordedAt, String actor, String organisation,
        String clientAddress, String action, String objectRef, String result, String detail,
        String prevHash) {

    /** The predecessor hash of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private static final String FORMAT = "pilotzone-audit-v1";

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        for (String field : new String[] {FORMAT, Long.toString(seq), Long.toString(recordedAt.toEpochMilli()),
                actor, organisation, clientAddress, action, objectRef, result, detail, prevHash}) {
            byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(Integer.toString(utf8.length).getBytes(StandardCharsets.US_ASCII));
            out.write(':');
            out.writeBytes(utf8);
        }
        return out.toByteArray();
    }

    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
