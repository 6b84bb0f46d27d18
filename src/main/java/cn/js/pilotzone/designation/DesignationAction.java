package cn.js.pilotzone.designation;

import cn.js.pilotzone.ledger.AuditAction;

enum DesignationAction implements AuditAction {
    PROVINCIAL_DECISION, NOTICE_PUBLISHED, OBJECTION_FILED, OBJECTION_FOUND, ZONE_DESIGNATED, TITLE_REVOKED;

    @Override
    public String code() {
        return name();
    }
}
