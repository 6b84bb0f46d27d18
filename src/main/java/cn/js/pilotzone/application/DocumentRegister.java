package cn.js.pilotzone.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A kind of document this system issues with a code and a QR code (the 申报书, the city's
 * recommendation letter, ...). The public verification page asks every register in turn.
 */
public interface DocumentRegister {

    Optional<VerifiedDocument> find(String code);

    /**
     * What the public may learn of an issued document: what it is, for which park, when, its digest
     * and whether it is still in force. Never its content.
     *
     * @param kindKey  message naming the document, formatted with {@code kindArgs}
     * @param stateKey message saying whether the document is in force
     */
    record VerifiedDocument(String code, String kindKey, List<Object> kindArgs, String parkName,
            OffsetDateTime issuedAt, String sha256, String stateKey) {

        public VerifiedDocument {
            kindArgs = List.copyOf(kindArgs);
        }
    }
}
