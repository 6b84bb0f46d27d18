package cn.js.pilotzone.panel;

import java.util.List;

/**
 * An expert's rating of one indicator (符合 / 基本符合 / 不符合), and a panel's conclusion: on an
 * application the same three (Appendix A), on a re-evaluation or a rectification 合格 / 不合格 (§7.2).
 */
public enum Verdict {
    CONFORMS, BASICALLY_CONFORMS, DOES_NOT_CONFORM, QUALIFIED, UNQUALIFIED;

    /** What an expert gives each indicator, whatever the case. */
    public static final List<Verdict> RATING_SCALE = List.of(CONFORMS, BASICALLY_CONFORMS, DOES_NOT_CONFORM);

    /** What the leader may conclude: on an application the rating scale, on a report 合格 or 不合格. */
    public static List<Verdict> conclusions(boolean report) {
        return report ? List.of(QUALIFIED, UNQUALIFIED) : RATING_SCALE;
    }

    /** The suggestion of the province's rule, said in the words of a report's conclusion. */
    Verdict forReport() {
        return this == DOES_NOT_CONFORM || this == UNQUALIFIED ? UNQUALIFIED : QUALIFIED;
    }
}
