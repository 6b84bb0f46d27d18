package cn.js.pilotzone.panel.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.js.pilotzone.common.DomainException;

/** One expert invited to a panel, and the expert's answer. */
@Entity
@Table(name = "panel_member")
public class PanelMember {

    public enum State {
        /** Asked; must confirm having no conflict, or decline, before the case opens to the expert. */
        INVITED,
        CONFIRMED,
        DECLINED
    }

    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "panel_id")
    private long panelId;

    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    private State state;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "invited_at")
    private Instant invitedAt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    protected PanelMember() {
    }

    public PanelMember(long panelId, long accountId, Instant invitedAt) {
        this.panelId = panelId;
        this.accountId = accountId;
        this.state = State.INVITED;
        this.invitedAt = invitedAt;
    }

    public void confirmNoConflict(Instant at) {
        requireInvited();
        state = State.CONFIRMED;
        respondedAt = at;
    }

    public void decline(String reason, Instant at) {
        requireInvited();
        state = State.DECLINED;
        declineReason = reason;
        respondedAt = at;
    }

    private void requireInvited() {
        if (state != State.INVITED) {
            throw new DomainException("panel.alreadyAnswered");
        }
    }

    public long panelId() {
        return panelId;
    }

    public long accountId() {
        return accountId;
    }

    public State state() {
        return state;
    }

    public String declineReason() {
        return declineReason;
    }

    public Instant respondedAt() {
        return respondedAt;
    }
}
