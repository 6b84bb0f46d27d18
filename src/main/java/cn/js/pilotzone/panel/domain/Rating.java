package cn.js.pilotzone.panel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.js.pilotzone.panel.Verdict;

/** One indicator rated on one sheet. */
@Entity
@Table(name = "rating")
public class Rating {

    public static final int MAX_COMMENT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sheet_id")
    private long sheetId;

    @Column(name = "indicator_id")
    private long indicatorId;

    @Enumerated(EnumType.STRING)
    private Verdict verdict;

    private String comment;

    protected Rating() {
    }

    public Rating(long sheetId, long indicatorId) {
        this.sheetId = sheetId;
        this.indicatorId = indicatorId;
    }

    public void rate(Verdict verdict, String comment) {
        this.verdict = verdict;
        this.comment = comment;
    }

    public long indicatorId() {
        return indicatorId;
    }

    public Verdict verdict() {
        return verdict;
    }

    public String comment() {
        return comment;
    }
}
