package cn.js.pilotzone.identity;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.common.ClientAddress;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.identity.domain.Account;
import cn.js.pilotzone.identity.domain.AccountRepository;
import cn.js.pilotzone.identity.domain.Organisation;
import cn.js.pilotzone.identity.domain.OrganisationRepository;
import cn.js.pilotzone.ledger.AuditEntry;
import cn.js.pilotzone.ledger.AuditLog;
import cn.js.pilotzone.ledger.AuditResult;
import cn.js.pilotzone.workspace.TodoItem;
import cn.js.pilotzone.workspace.TodoProvider;

/**
 * A park registers itself; the account opens when the reviewer of the park's jurisdiction, or the
 * system administrator, approves it. A reviewer sees and decides only registrations of its own
 * jurisdiction: any other is answered as not found.
 */
@Service
public class Registrations implements TodoProvider {

    public record Registration(String parkName, String jurisdictionCode, String parkKindCode,
            ApprovalLevel approvalLevel, String applicantUnitKindCode, String creditCode, String address,
            String loginName,
            String displayName, String mobile, String email, String password) {
    }

    public record PendingRegistration(long accountId, String loginName, String displayName, String mobile,
            String email, OrganisationView park) {
    }

    static final int MAX_REASON = 500;

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final ParkProfiles parkProfiles;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;

    Registrations(AccountRepository accounts, OrganisationRepository organisations, ParkProfiles parkProfiles,
            PasswordEncoder passwordEncoder, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.parkProfiles = parkProfiles;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public long register(Registration registration) {
        String loginName = registration.loginName().strip();
        List<String> violations = PasswordPolicy.violations(loginName, registration.password());
        if (!violations.isEmpty()) {
            throw new PasswordRejectedException(violations);
        }
        if (accounts.existsByLoginName(loginName)) {
            throw new DomainException("account.error.loginTaken", loginName);
        }
        String parkName = registration.parkName().strip();
        if (organisations.existsByName(parkName)) {
            throw new DomainException("organisation.error.nameTaken", parkName);
        }
        parkProfiles.requireUnusedCreditCode(registration.creditCode(), null);
        var now = clock.instant();
        Organisation park = organisations.save(Organisation.registeredPark(parkName,
                parkProfiles.resolve(registration.jurisdictionCode(), registration.parkKindCode(),
                        registration.approvalLevel(), registration.applicantUnitKindCode(), registration.creditCode(),
                        registration.address()),
                now));
        Account account = Account.registered(loginName, registration.displayName().strip(), park,
                passwordEncoder.encode(registration.password()), now);
        account.updateContact(registration.displayName().strip(), registration.mobile(), registration.email());
        accounts.save(account);
        auditLog.record(new AuditEntry(loginName, parkName, ClientAddress.ofCurrentRequest(),
                IdentityAction.REGISTRATION_SUBMITTED, "account:" + account.id(), AuditResult.SUCCESS,
                "jurisdiction=" + registration.jurisdictionCode()));
        return account.id();
    }

    @PreAuthorize("hasAnyRole('CITY_REVIEWER', 'SYSADMIN')")
    @Transactional(readOnly = true)
    public List<PendingRegistration> pending(AccountPrincipal reviewer, Locale locale) {
        return accounts.findByStatusOrderById(AccountStatus.PENDING).stream()
                .filter(account -> visibleTo(account, reviewer))
                .map(account -> new PendingRegistration(account.id(), account.loginName(), account.displayName(),
                        account.mobile(), account.email(), OrganisationView.of(account.organisation(), locale)))
                .toList();
    }

    @PreAuthorize("hasAnyRole('CITY_REVIEWER', 'SYSADMIN')")
    @Transactional
    public void approve(long accountId, AccountPrincipal reviewer) {
        Account account = pendingVisibleTo(accountId, reviewer);
        account.approveRegistration();
        account.organisation().approveRegistration();
        auditLog.record(IdentityAction.REGISTRATION_APPROVED, "account:" + accountId, AuditResult.SUCCESS,
                "organisation=" + account.organisation().id());
    }

    @PreAuthorize("hasAnyRole('CITY_REVIEWER', 'SYSADMIN')")
    @Transactional
    public void reject(long accountId, AccountPrincipal reviewer, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("registration.error.reasonRequired");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new DomainException("registration.error.reasonTooLong", MAX_REASON);
        }
        Account account = pendingVisibleTo(accountId, reviewer);
        account.rejectRegistration();
        account.organisation().rejectRegistration();
        auditLog.record(IdentityAction.REGISTRATION_REJECTED, "account:" + accountId, AuditResult.SUCCESS,
                reason.strip());
    }

    @Override
    @Transactional(readOnly = true)
    public List<TodoItem> todosForCurrentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal me)
                || !(me.hasRole(Role.CITY_REVIEWER) || me.hasRole(Role.SYSADMIN))) {
            return List.of();
        }
        long count = accounts.findByStatusOrderById(AccountStatus.PENDING).stream()
                .filter(account -> visibleTo(account, me)).count();
        return count == 0 ? List.of()
                : List.of(new TodoItem("todo.registrations", List.of(count), "/registrations", null));
    }

    private Account pendingVisibleTo(long accountId, AccountPrincipal reviewer) {
        return accounts.findById(accountId)
                .filter(account -> account.status() == AccountStatus.PENDING && visibleTo(account, reviewer))
                .orElseThrow(() -> new NotFoundException("registration " + accountId));
    }

    private static boolean visibleTo(Account account, AccountPrincipal reviewer) {
        if (reviewer.hasRole(Role.SYSADMIN)) {
            return true;
        }
        var jurisdiction = account.organisation().jurisdiction();
        return reviewer.hasRole(Role.CITY_REVIEWER) && jurisdiction != null
                && jurisdiction.code().equals(reviewer.jurisdictionCode());
    }
}
