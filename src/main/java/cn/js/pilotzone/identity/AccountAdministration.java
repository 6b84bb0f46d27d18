package cn.js.pilotzone.identity;

import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.common.Texts;
import cn.js.pilotzone.identity.domain.Account;
import cn.js.pilotzone.identity.domain.AccountRepository;
import cn.js.pilotzone.identity.domain.Organisation;
import cn.js.pilotzone.identity.domain.OrganisationRepository;
import cn.js.pilotzone.ledger.AuditLog;
import cn.js.pilotzone.ledger.AuditResult;

/**
 * The system administrator's management of accounts. Every change is audited; accounts are
 * disabled, never deleted.
 */
@Service
@PreAuthorize("hasRole('SYSADMIN')")
public class AccountAdministration {

    /** A one-time password to hand to the person; shown once, stored only as a hash. */
    public record IssuedPassword(long accountId, String loginName, String temporaryPassword) {
    }

    public record NewAccount(String loginName, String displayName, String mobile, String email, long organisationId,
            Set<Role> roles) {
    }

    public record AccountChanges(String displayName, String mobile, String email, Set<Role> roles) {
    }

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;

    AccountAdministration(AccountRepository accounts, OrganisationRepository organisations,
            PasswordEncoder passwordEncoder, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<AccountView> search(AccountStatus status, Role role, Long organisationId, String text,
            Pageable pageable) {
        var now = clock.instant();
        return accounts.search(status, role, organisationId, Texts.containsPattern(text), pageable)
                .map(account -> AccountView.of(account, now));
    }

    @Transactional(readOnly = true)
    public AccountView get(long id) {
        return AccountView.of(find(id), clock.instant());
    }

    @Transactional
    public IssuedPassword create(NewAccount data) {
        String loginName = data.loginName().strip();
        if (accounts.existsByLoginName(loginName)) {
            throw new DomainException("account.error.loginTaken", loginName);
        }
        Organisation organisation = organisations.findById(data.organisationId())
                .orElseThrow(() -> new DomainException("account.error.organisationRequired"));
        String temporary = TemporaryPasswords.generate();
        Account account = Account.created(loginName, data.displayName().strip(), organisation, data.roles(),
                passwordEncoder.encode(temporary), clock.instant());
        account.updateContact(data.displayName().strip(), Texts.blankToNull(data.mobile()), Texts.blankToNull(data.email()));
        accounts.save(account);
        auditLog.record(IdentityAction.ACCOUNT_CREATED, "account:" + account.id(), AuditResult.SUCCESS,
                "login=" + loginName + " organisation=" + organisation.id() + " roles=" + new TreeSet<>(data.roles()));
        return new IssuedPassword(account.id(), loginName, temporary);
    }

    @Transactional
    public void update(long id, long version, AccountChanges changes, AccountPrincipal actor) {
        Account account = find(id);
        Versions.require(version, account.version());
        account.updateContact(changes.displayName().strip(), Texts.blankToNull(changes.mobile()),
                Texts.blankToNull(changes.email()));
        auditLog.record(IdentityAction.ACCOUNT_UPDATED, "account:" + id, AuditResult.SUCCESS, "");
        Set<Role> before = account.roles();
        if (!before.equals(changes.roles())) {
            if (actor.accountId() == id) {
                throw new DomainException("account.error.ownRoles");
            }
            account.assignRoles(changes.roles());
            auditLog.record(IdentityAction.ACCOUNT_ROLES_CHANGED, "account:" + id, AuditResult.SUCCESS,
                    new TreeSet<>(before) + " -> " + new TreeSet<>(changes.roles()));
        }
    }

    @Transactional
    public void disable(long id, AccountPrincipal actor) {
        if (actor.accountId() == id) {
            throw new DomainException("account.error.disableSelf");
        }
        find(id).disable();
        auditLog.record(IdentityAction.ACCOUNT_DISABLED, "account:" + id, AuditResult.SUCCESS, "");
    }

    @Transactional
    public void enable(long id) {
        find(id).enable();
        auditLog.record(IdentityAction.ACCOUNT_ENABLED, "account:" + id, AuditResult.SUCCESS, "");
    }

    @Transactional
    public IssuedPassword resetPassword(long id) {
        Account account = find(id);
        String temporary = TemporaryPasswords.generate();
        account.resetPassword(passwordEncoder.encode(temporary), clock.instant());
        auditLog.record(IdentityAction.ACCOUNT_PASSWORD_RESET, "account:" + id, AuditResult.SUCCESS, "");
        return new IssuedPassword(id, account.loginName(), temporary);
    }

    @Transactional
    public void unlock(long id) {
        find(id).loginState().unlock();
        auditLog.record(IdentityAction.ACCOUNT_UNLOCKED, "account:" + id, AuditResult.SUCCESS, "");
    }

    private Account find(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account " + id));
    }
}
