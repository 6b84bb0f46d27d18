package cn.js.pilotzone.panel;

/** An expert's rating of one indicator, and a panel's conclusion (Appendix A): 符合 / 基本符合 / 不符合. */
public enum Verdict {
    CONFORMS, BASICALLY_CONFORMS, DOES_NOT_CONFORM
}
