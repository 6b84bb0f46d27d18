package cn.js.pilotzone.application.domain;

/** A file attached to a section, as listed in a draft and frozen in a version. */
public record EvidenceItem(long linkId, String section, String fileId, String name, String type, long size,
        String sha256, String sm3) {

    /** How many files each section has, as the completeness check asks. */
    public static java.util.Map<String, Integer> countBySection(java.util.List<EvidenceItem> items) {
        return items.stream().collect(java.util.stream.Collectors.groupingBy(EvidenceItem::section,
                java.util.stream.Collectors.summingInt(e -> 1)));
    }
}
