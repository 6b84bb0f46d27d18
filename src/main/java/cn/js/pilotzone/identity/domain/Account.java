package cn.js.pilotzone.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.context.support.DefaultMessageSourceResolvable;

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

    @Column(name = "totp_secret")
    private String totpSecret;

    @OneToOne(mappedBy = "account", cascade = CascadeType.ALL, optional = false)
    private LoginState loginState;

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
        this.loginState = new LoginState(this);
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
                throw new DomainException("account.error.exclusiveRole", label(role));
            }
            if (!role.allowedIn(organisation.kind())) {
                throw new DomainException("account.error.roleNotAllowedInOrganisation", label(role));
            }
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    public LoginState loginState() {
        return loginState;
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
        loginState.unlock();
    }

    /** The role's name in the reader's language, resolved when the message is shown. */
    private static DefaultMessageSourceResolvable label(Role role) {
        return new DefaultMessageSourceResolvable("Role." + role.name());
    }

    public boolean isPasswordExpired(Instant now, Duration maxAge) {
        return !demonstration && passwordChangedAt.plus(maxAge).isBefore(now);
    }

    /** The code that proved the enrolment counts as used, so it cannot also open a login. */
    public void enrolSecondFactor(String secret, long firstStep) {
        this.totpSecret = secret;
        loginState.acceptCodeStep(firstStep);
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

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public String totpSecret() {
        return totpSecret;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    public long version() {
        return version;
    }
}
