package cn.js.pilotzone.supervision;

import cn.js.pilotzone.ledger.AuditAction;

enum SupervisionAction implements AuditAction {
    REPORT_FILED, RE_EVALUATION_DECIDED, RECTIFICATION_ORDERED, RECTIFICATION_DECIDED, REPORT_FRAUD,
    TITLE_REVOKED_UNRECTIFIED, REMINDER_SENT;

    @Override
    public String code() {
        return name();
    }
}
