package cn.js.pilotzone.identity;

/** The level of government that approved a park, highest first. */
public enum ApprovalLevel {
    NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY;

    public boolean isAtLeast(ApprovalLevel minimum) {
        return ordinal() <= minimum.ordinal();
    }
}
