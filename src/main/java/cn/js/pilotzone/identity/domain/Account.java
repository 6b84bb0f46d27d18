package cn.js.pilotzone.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import cn.js.pilotzone.identity.AccountStatus;
import cn.js.pilotzone.identity.Role;

/**
 * One person's account in one organisation. Accounts are never deleted: audit records and,
 * later, applications and opinions refer to them; an account that must go is disabled.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "login_name")
    private String loginName;

    @Column(name = "display_name")
    private String displayName;

    private String mobile;

    private String email;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    private AccountStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = new HashSet<>();

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "password_change_required")
    private boolean passwordChangeRequired;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "totp_secret")
    private String totpSecret;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "demonstration")
    private boolean demonstration;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {
    }

    private Account(String loginName, String displayName, Organisation organisation, AccountStatus status,
            String passwordHash, Instant now) {
        this.loginName = loginName;
        this.displayName = displayName;
        this.organisation = organisation;
        this.status = status;
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        this.createdAt = now;
    }

    /** An account created by the system administrator with a one-time password to change at first login. */
    public static Account created(String loginName, String displayName, Organisation organisation, Set<Role> roles,
            String temporaryPasswordHash, Instant now) {
        Account account = new Account(loginName, displayName, organisation, AccountStatus.ACTIVE,
                temporaryPasswordHash, now);
        account.assignRoles(roles);
        account.passwordChangeRequired = true;
        return account;
    }

    /** A park's own registration: the password is the one it chose, the account waits for approval. */
    public static Account registered(String loginName, String displayName, Organisation park, String passwordHash,
            Instant now) {
        Account account = new Account(loginName, displayName, park, AccountStatus.PENDING, passwordHash, now);
        account.assignRoles(EnumSet.of(Role.APPLICANT));
        return account;
    }

    /**
     * A demonstration account: the documented password needs no change and no second factor. Only
     * the demonstration data loader, which never runs on a production database, creates these.
     */
    public static Account demonstration(String loginName, String displayName, Organisation organisation,
            Set<Role> roles, String passwordHash, Instant now) {
        Account account = new Account(loginName, displayName, organisation, AccountStatus.ACTIVE, passwordHash, now);
        account.assignRoles(roles);
        account.demonstration = true;
        return account;
    }

    public void updateContact(String newDisplayName, String newMobile, String newEmail) {
        this.displayName = newDisplayName;
        this.mobile = newMobile;
        this.email = newEmail;
    }

    public void assignRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new DomainException("account.error.noRole");
        }
        for (Role role : newRoles) {
            if (role.exclusive() && newRoles.size() > 1) {
                throw new DomainException("account.error.exclusiveRole", role.name());
            }
            if (!role.allowedIn(organisation.kind())) {
                throw new DomainException("account.error.roleNotAllowedInOrganisation", role.name());
            }
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failed login and locks the account when the limit is reached.
     *
     * @return true if this failure locked the account
     */
    public boolean registerFailedLogin(Instant now, int maxFailures, Duration lockDuration) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failedAttempts = 0;
            lockedUntil = null;
        }
        failedAttempts++;
        if (failedAttempts >= maxFailures) {
            lockedUntil = now.plus(lockDuration);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    public void registerSuccessfulLogin() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void unlock() {
        registerSuccessfulLogin();
    }

    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.passwordChangeRequired = false;
    }

    /** A reset by the administrator: the new password is known to two people, so it must be changed. */
    public void resetPassword(String temporaryHash, Instant now) {
        changePassword(temporaryHash, now);
        this.passwordChangeRequired = true;
        registerSuccessfulLogin();
    }

    public boolean isPasswordExpired(Instant now, Duration maxAge) {
        return !demonstration && passwordChangedAt.plus(maxAge).isBefore(now);
    }

    public void enrolSecondFactor(String secret, long firstStep) {
        this.totpSecret = secret;
        this.totpLastStep = firstStep;
    }

    /** Remembers the time step of an accepted code, so that the same code cannot be replayed. */
    public void acceptSecondFactorStep(long step) {
        this.totpLastStep = step;
    }

    public boolean secondFactorRequiredButMissing() {
        return totpSecret == null && !demonstration && roles.stream().anyMatch(Role::secondFactorRequired);
    }

    public void disable() {
        if (status == AccountStatus.DISABLED) {
            throw new DomainException("account.error.alreadyDisabled");
        }
        status = AccountStatus.DISABLED;
    }

    public void enable() {
        if (status != AccountStatus.DISABLED) {
            throw new DomainException("account.error.notDisabled");
        }
        status = AccountStatus.ACTIVE;
    }

    public void approveRegistration() {
        requirePending();
        status = AccountStatus.ACTIVE;
    }

    public void rejectRegistration() {
        requirePending();
        status = AccountStatus.REJECTED;
    }

    private void requirePending() {
        if (status != AccountStatus.PENDING) {
            throw new DomainException("registration.error.notPending");
        }
    }

    public Long id() {
        return id;
    }

    public String loginName() {
        return loginName;
    }

    public String displayName() {
        return displayName;
    }

    public String mobile() {
        return mobile;
    }

    public String email() {
        return email;
    }

    public Organisation organisation() {
        return organisation;
    }

    public AccountStatus status() {
        return status;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public String totpSecret() {
        return totpSecret;
    }

    public Long totpLastStep() {
        return totpLastStep;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    public long version() {
        return version;
    }
}
