package cn.js.pilotzone.application.domain;

/** A file attached to a section, as listed in a draft and frozen in a version. */
public record EvidenceItem(long linkId, String section, String fileId, String name, String type, long size,
        String sha256, String sm3) {
}
