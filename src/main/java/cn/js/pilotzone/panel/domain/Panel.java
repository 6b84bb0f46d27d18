package cn.js.pilotzone.panel.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The expert panel of one application, judging one submitted version against one rubric version. */
@Entity
@Table(name = "panel")
public class Panel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id")
    private long applicationId;

    @Column(name = "version_number")
    private int versionNumber;

    @Column(name = "rubric_version_id")
    private long rubricVersionId;

    @Column(name = "leader_account_id")
    private Long leaderAccountId;

    @Column(name = "formed_by")
    private String formedBy;

    @Column(name = "formed_at")
    private Instant formedAt;

    @Version
    private long version;

    protected Panel() {
    }

    public Panel(long applicationId, int versionNumber, long rubricVersionId, long leaderAccountId, String formedBy,
            Instant formedAt) {
        this.applicationId = applicationId;
        this.versionNumber = versionNumber;
        this.rubricVersionId = rubricVersionId;
        this.leaderAccountId = leaderAccountId;
        this.formedBy = formedBy;
        this.formedAt = formedAt;
    }

    /** A leader who declines leaves the panel without one until the province names another member. */
    public void leaderLeft() {
        leaderAccountId = null;
    }

    public void appointLeader(long accountId) {
        leaderAccountId = accountId;
    }

    public Long id() {
        return id;
    }

    public long applicationId() {
        return applicationId;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public long rubricVersionId() {
        return rubricVersionId;
    }

    public Long leaderAccountId() {
        return leaderAccountId;
    }

    public Instant formedAt() {
        return formedAt;
    }
}
