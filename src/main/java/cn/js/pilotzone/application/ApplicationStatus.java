package cn.js.pilotzone.application;

/** Where an application stands, from the park's draft to the province. */
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
    /** The city's sealed recommendation letter is in: the application is with the province. */
    FORWARDED;

    /** The park may change its content. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
