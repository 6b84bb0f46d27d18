package cn.js.pilotzone.application;

/** Where an application or a report stands, from the park's draft to the province. */
public enum ApplicationStatus {
    /** Being filled; also after a withdrawal. */
    DRAFT,
    /** Frozen as a version and waiting for the city's preliminary review (初审). */
    SUBMITTED,
    /** Sent back by the city with reasons; the park revises it and submits a new version. */
    RETURNED,
    /** Recommended by the city; reaches the province once the sealed letter is uploaded. */
    RECOMMENDED,
    /** Not recommended by the city: the application ends in this round. */
    NOT_RECOMMENDED,
    /** With the province: an application with the city's sealed letter, a report the city has approved. */
    FORWARDED,
    /** Approved by the province and published for public notice (公示). */
    IN_NOTICE,
    /** Rejected by the province, or an objection during the notice was upheld. */
    REJECTED,
    /** Ended for fraud (弄虚作假): final. */
    TERMINATED,
    /** Ended by the veto (一票否决) for crypto-currency activity: final. */
    VETOED,
    /** Designated 江苏省区块链技术创新应用试验区 by an official document (发文公布). */
    DESIGNATED,
    /** An annual report approved by the city (审核) and filed by the province: final. */
    FILED,
    /** A re-evaluation or rectification the province found 合格: final. */
    PASSED,
    /** A re-evaluation or rectification the province found 不合格: final. */
    FAILED;

    /** The park may change its content. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
