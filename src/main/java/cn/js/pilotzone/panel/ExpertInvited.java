package cn.js.pilotzone.panel;

/** An expert was asked to sit on a panel; it must answer before the case opens to it. */
public record ExpertInvited(long accountId, long applicationId, String parkName) {
}
