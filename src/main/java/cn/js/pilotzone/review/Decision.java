package cn.js.pilotzone.review;

import java.util.List;

/** What the city decides on a submitted version: of an application (初审) or of a report (审核). */
public enum Decision {
    RETURN, RECOMMEND, NOT_RECOMMEND, APPROVE;

    /** An application is recommended or not; a report is approved and sent on. Either may be returned. */
    public static List<Decision> forReport(boolean report) {
        return report ? List.of(RETURN, APPROVE) : List.of(RETURN, RECOMMEND, NOT_RECOMMEND);
    }
}
