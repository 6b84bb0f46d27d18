package cn.js.pilotzone.designation;

/**
 * Why a title is revoked (§7): fraud found after designation or in an annual report, a refusal to
 * rectify, a rectification deadline missed, or a rectification that still falls short.
 */
public enum RevocationCategory {
    FRAUD, REFUSED_RECTIFICATION, MISSED_RECTIFICATION_DEADLINE, FAILED_AFTER_RECTIFICATION
}
