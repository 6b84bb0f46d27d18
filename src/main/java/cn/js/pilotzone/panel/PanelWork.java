package cn.js.pilotzone.panel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where a panel's work stands, for the to-do lists of its experts, its leader and the province. */
@Component
class PanelWork {

    private final JdbcClient jdbc;

    PanelWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean doneBy(long panelId, long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM rating_sheet WHERE panel_id = ? AND account_id = ? AND submitted_at IS NOT NULL")
                .params(panelId, accountId).query(Long.class).single() > 0;
    }

    /** Every expert still on the panel has submitted, and no conclusion is signed yet. */
    boolean readyToConclude(long panelId) {
        long waiting = jdbc.sql("SELECT COUNT(*) FROM panel_member m WHERE m.panel_id = ? AND m.state <> 'DECLINED'"
                + " AND NOT EXISTS (SELECT 1 FROM rating_sheet s WHERE s.panel_id = m.panel_id"
                + " AND s.account_id = m.account_id AND s.submitted_at IS NOT NULL)").param(panelId)
                .query(Long.class).single();
        return waiting == 0 && !concluded(panelId);
    }

    boolean concluded(long panelId) {
        return jdbc.sql("SELECT COUNT(*) FROM panel_conclusion WHERE panel_id = ?").param(panelId).query(Long.class)
                .single() > 0;
    }
}
