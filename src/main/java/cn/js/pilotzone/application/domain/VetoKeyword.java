package cn.js.pilotzone.application.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A word the veto screening looks for; the province keeps the list. */
@Entity
@Table(name = "veto_keyword")
public class VetoKeyword {

    public static final int MAX_LENGTH = 40;

    @Id
    private String word;

    @Column(name = "added_by")
    private String addedBy;

    @Column(name = "added_at")
    private Instant addedAt;

    protected VetoKeyword() {
    }

    public VetoKeyword(String word, String addedBy, Instant addedAt) {
        this.word = word;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public String word() {
        return word;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
