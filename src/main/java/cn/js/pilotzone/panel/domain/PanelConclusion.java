package cn.js.pilotzone.panel.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.js.pilotzone.panel.Verdict;

/** The panel's opinion and conclusion, signed by its leader with a date (Appendix A). Never changed. */
@Entity
@Table(name = "panel_conclusion")
public class PanelConclusion {

    public static final int MAX_OPINION = 2000;

    @Id
    @Column(name = "panel_id")
    private long panelId;

    @Enumerated(EnumType.STRING)
    private Verdict verdict;

    private String opinion;

    @Enumerated(EnumType.STRING)
    private Verdict suggested;

    @Column(name = "rule_text")
    private String ruleText;

    private String leader;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "signed_at")
    private Instant signedAt;

    protected PanelConclusion() {
    }

    public PanelConclusion(long panelId, Verdict verdict, String opinion, Verdict suggested, String ruleText,
            String leader, LocalDate signedOn, Instant signedAt) {
        this.panelId = panelId;
        this.verdict = verdict;
        this.opinion = opinion;
        this.suggested = suggested;
        this.ruleText = ruleText;
        this.leader = leader;
        this.signedOn = signedOn;
        this.signedAt = signedAt;
    }

    public Verdict verdict() {
        return verdict;
    }

    public String opinion() {
        return opinion;
    }

    public Verdict suggested() {
        return suggested;
    }

    public String ruleText() {
        return ruleText;
    }

    public String leader() {
        return leader;
    }

    public LocalDate signedOn() {
        return signedOn;
    }
}
