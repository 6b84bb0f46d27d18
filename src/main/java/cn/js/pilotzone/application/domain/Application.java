package cn.js.pilotzone.application.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A park's application in one round. It starts as a draft once the park has passed the eligibility
 * check and stated its blockchain speciality.
 */
@Entity
@Table(name = "application")
public class Application {

    public enum Status {
        DRAFT
    }

    public static final int MAX_SPECIALITY = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id")
    private long roundId;

    @Column(name = "park_organisation_id")
    private long parkOrganisationId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String speciality;

    @Column(name = "started_by")
    private String startedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Application() {
    }

    /** Starts a draft; the caller has checked eligibility and that the round is open. */
    public static Application start(EvaluationRound round, long parkOrganisationId, String speciality,
            String startedBy, Instant now) {
        Application application = new Application();
        application.roundId = round.id();
        application.parkOrganisationId = parkOrganisationId;
        application.status = Status.DRAFT;
        application.speciality = speciality.strip();
        application.startedBy = startedBy;
        application.createdAt = now;
        return application;
    }

    public Long id() {
        return id;
    }

    public long roundId() {
        return roundId;
    }

    public long parkOrganisationId() {
        return parkOrganisationId;
    }

    public Status status() {
        return status;
    }

    public String speciality() {
        return speciality;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
