package cn.js.pilotzone.ledger.domain;

/** A record as read back from the table: its canonical content and the hash stored beside it. */
public record StoredRecord(CanonicalRecord content, String entryHash) {
}
