package cn.js.pilotzone.panel;

import cn.js.pilotzone.ledger.AuditAction;

enum PanelAction implements AuditAction {
    EXPERT_PROFILE_UPDATED, PANEL_FORMED, PANEL_LEADER_APPOINTED, EXPERT_CONFIRMED, EXPERT_DECLINED, EXPERT_INVITED;

    @Override
    public String code() {
        return name();
    }
}
