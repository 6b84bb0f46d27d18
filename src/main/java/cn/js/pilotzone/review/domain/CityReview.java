package cn.js.pilotzone.review.domain;

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

import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.review.Decision;

/**
 * The city's decision on one submitted version, with its written opinion; for a recommendation, the
 * generated letter and later its sealed scan.
 */
@Entity
@Table(name = "city_review")
public class CityReview {

    public static final int MAX_OPINION = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id")
    private long applicationId;

    @Column(name = "version_number")
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private String opinion;

    private String reviewer;

    @Column(name = "reviewer_organisation")
    private long reviewerOrganisation;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "letter_code")
    private String letterCode;

    @Column(name = "letter_file_id")
    private String letterFileId;

    @Column(name = "letter_sha256")
    private String letterSha256;

    @Column(name = "sealed_file_id")
    private String sealedFileId;

    @Column(name = "sealed_at")
    private Instant sealedAt;

    @Version
    private long version;

    protected CityReview() {
    }

    public static CityReview decide(long applicationId, int versionNumber, Decision decision, String opinion,
            String reviewer, long reviewerOrganisation, Instant now) {
        CityReview review = new CityReview();
        review.applicationId = applicationId;
        review.versionNumber = versionNumber;
        review.decision = decision;
        review.opinion = opinion;
        review.reviewer = reviewer;
        review.reviewerOrganisation = reviewerOrganisation;
        review.decidedAt = now;
        return review;
    }

    public void attachLetter(String code, String fileId, String sha256) {
        if (decision != Decision.RECOMMEND) {
            throw new IllegalStateException("only a recommendation has a letter");
        }
        letterCode = code;
        letterFileId = fileId;
        letterSha256 = sha256;
    }

    /** The signed and sealed letter is in; it cannot be replaced, as the province acts on it. */
    public void seal(String fileId, Instant now) {
        if (decision != Decision.RECOMMEND || sealedFileId != null) {
            throw new DomainException("review.notAwaitingSeal");
        }
        sealedFileId = fileId;
        sealedAt = now;
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

    public Decision decision() {
        return decision;
    }

    public String opinion() {
        return opinion;
    }

    public String reviewer() {
        return reviewer;
    }

    public long reviewerOrganisation() {
        return reviewerOrganisation;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String letterCode() {
        return letterCode;
    }

    public String letterFileId() {
        return letterFileId;
    }

    public String letterSha256() {
        return letterSha256;
    }

    public String sealedFileId() {
        return sealedFileId;
    }

    public Instant sealedAt() {
        return sealedAt;
    }
}
