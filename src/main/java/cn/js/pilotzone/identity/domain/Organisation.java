package cn.js.pilotzone.identity.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.identity.ApprovalLevel;
import cn.js.pilotzone.identity.OrganisationKind;

/**
 * The provincial department, a city or county authority, a park, or an expert's employer. Parks and
 * authorities belong to a jurisdiction; a park also has its kind, approving level and applying unit.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    public enum Status {
        PENDING, ACTIVE, DISABLED, REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    private String name;

    @Enumerated(EnumType.STRING)
    private Status status;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "jurisdiction_code")
    private Jurisdiction jurisdiction;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "park_kind_code")
    private ParkKind parkKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "approval_level")
    private ApprovalLevel approvalLevel;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "applicant_unit_kind_code")
    private ApplicantUnitKind applicantUnitKind;

    @Column(name = "credit_code")
    private String creditCode;

    private String address;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    private Organisation(OrganisationKind kind, String name, Status status, Instant now) {
        this.kind = kind;
        this.name = name;
        this.status = status;
        this.createdAt = now;
    }

    public static Organisation provinceDepartment(String name, Instant now) {
        return new Organisation(OrganisationKind.PROVINCE_DEPARTMENT, name, Status.ACTIVE, now);
    }

    public static Organisation cityAuthority(String name, Jurisdiction jurisdiction, Instant now) {
        Organisation organisation = new Organisation(OrganisationKind.CITY_AUTHORITY, name, Status.ACTIVE, now);
        organisation.jurisdiction = requireJurisdiction(jurisdiction);
        return organisation;
    }

    public static Organisation expertInstitution(String name, Instant now) {
        return new Organisation(OrganisationKind.EXPERT_INSTITUTION, name, Status.ACTIVE, now);
    }

    /** A park created by the system administrator: active at once. */
    public static Organisation park(String name, ParkProfile profile, Instant now) {
        return parkWithStatus(name, profile, Status.ACTIVE, now);
    }

    /** A park that registered itself: pending until its city's reviewer approves it. */
    public static Organisation registeredPark(String name, ParkProfile profile, Instant now) {
        return parkWithStatus(name, profile, Status.PENDING, now);
    }

    private static Organisation parkWithStatus(String name, ParkProfile profile, Status status, Instant now) {
        Organisation organisation = new Organisation(OrganisationKind.PARK, name, status, now);
        organisation.applyParkProfile(profile);
        return organisation;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void changeJurisdiction(Jurisdiction newJurisdiction) {
        if (kind != OrganisationKind.CITY_AUTHORITY && kind != OrganisationKind.PARK) {
            throw new DomainException("organisation.error.noJurisdiction");
        }
        this.jurisdiction = requireJurisdiction(newJurisdiction);
    }

    public void applyParkProfile(ParkProfile profile) {
        if (kind != OrganisationKind.PARK) {
            throw new DomainException("organisation.error.notPark");
        }
        this.jurisdiction = requireJurisdiction(profile.jurisdiction());
        this.parkKind = profile.parkKind();
        this.approvalLevel = profile.approvalLevel();
        this.applicantUnitKind = profile.applicantUnitKind();
        this.creditCode = profile.creditCode();
        this.address = profile.address();
    }

    public void approveRegistration() {
        requirePending();
        status = Status.ACTIVE;
    }

    public void rejectRegistration() {
        requirePending();
        status = Status.REJECTED;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new DomainException("registration.error.notPending");
        }
    }

    private static Jurisdiction requireJurisdiction(Jurisdiction jurisdiction) {
        if (jurisdiction == null) {
            throw new DomainException("organisation.error.jurisdictionRequired");
        }
        return jurisdiction;
    }

    public Long id() {
        return id;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public Status status() {
        return status;
    }

    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    public ParkKind parkKind() {
        return parkKind;
    }

    public ApprovalLevel approvalLevel() {
        return approvalLevel;
    }

    public ApplicantUnitKind applicantUnitKind() {
        return applicantUnitKind;
    }

    public String creditCode() {
        return creditCode;
    }

    public String address() {
        return address;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
