package cn.js.pilotzone.evidence;

import java.time.Instant;

/**
 * A file kept in the evidence store.
 *
 * @param originalName the name the uploader gave, tidied; metadata only, never used as a path
 * @param sha256 SHA-256 of the content, lowercase hex
 * @param sm3 SM3 (GB/T 32905) of the content, lowercase hex
 */
public record StoredFile(String id, String originalName, FileType type, long size, String sha256, String sm3,
        String uploadedBy, Instant uploadedAt) {
}
