package cn.js.pilotzone.panel;

/**
 * A panel's work moved on: every sheet is in, so the leader must conclude; or the conclusion is
 * signed, so the province must decide.
 */
public record PanelProgress(Step step, long applicationId, String parkName, Long leaderAccountId, boolean report) {

    /** Where the province decides: an application on its decision page, a report on the supervision pages. */
    public String decisionLink() {
        return (report ? "/supervision/reports/" : "/decisions/") + applicationId;
    }

    public enum Step {
        READY_TO_CONCLUDE, CONCLUDED
    }
}
