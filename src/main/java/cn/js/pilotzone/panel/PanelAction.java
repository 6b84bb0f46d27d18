package cn.js.pilotzone.panel;

import cn.js.pilotzone.ledger.AuditAction;

enum PanelAction implements AuditAction {
    EXPERT_PROFILE_UPDATED, PANEL_FORMED, PANEL_LEADER_APPOINTED, EXPERT_CONFIRMED, EXPERT_DECLINED, EXPERT_INVITED,
    RATINGS_SUBMITTED, RATINGS_REOPENED, PANEL_CONCLUDED, SUGGESTION_RULE_SET;

    @Override
    public String code() {
        return name();
    }
}
