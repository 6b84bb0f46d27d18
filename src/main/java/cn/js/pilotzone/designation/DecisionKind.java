package cn.js.pilotzone.designation;

/** What the province decides on an application it received, each with its reasons. */
public enum DecisionKind {
    APPROVE_FOR_NOTICE, REJECT, TERMINATE_FOR_FRAUD, VETO, UPHOLD_OBJECTION, DESIGNATE, REVOKE
}
