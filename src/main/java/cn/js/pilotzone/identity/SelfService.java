package cn.js.pilotzone.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.identity.domain.Account;
import cn.js.pilotzone.identity.domain.AccountRepository;
import cn.js.pilotzone.ledger.AuditLog;
import cn.js.pilotzone.ledger.AuditResult;

/** What every person does for their own account: change the password, enrol a second factor. */
@Service
public class SelfService {

    /** The name that authenticator apps show beside the code. */
    static final String ISSUER = "江苏省区块链试验区评估";

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PrincipalFactory principals;
    private final AuditLog auditLog;
    private final Clock clock;

    SelfService(AccountRepository accounts, PasswordEncoder passwordEncoder, PrincipalFactory principals,
            AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.principals = principals;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** @return the principal to keep in the session, with the password step done */
    @Transactional
    public AccountPrincipal changePassword(AccountPrincipal me, String currentPassword, String newPassword,
            String confirmation) {
        Account account = accounts.findById(me.accountId()).orElseThrow();
        List<String> violations = new ArrayList<>();
        if (!passwordEncoder.matches(currentPassword == null ? "" : currentPassword, account.passwordHash())) {
            violations.add("password.error.currentWrong");
        }
        violations.addAll(PasswordPolicy.violations(account.loginName(), newPassword));
        if (newPassword != null && !newPassword.equals(confirmation)) {
            violations.add("password.error.confirmationDiffers");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            violations.add("password.error.sameAsCurrent");
        }
        if (!violations.isEmpty()) {
            auditLog.recordIsolated(IdentityAction.PASSWORD_CHANGED, "account:" + me.accountId(), AuditResult.FAILURE,
                    String.join(",", violations));
            throw new PasswordRejectedException(violations);
        }
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        auditLog.record(IdentityAction.PASSWORD_CHANGED, "account:" + me.accountId(), AuditResult.SUCCESS, "");
        return principals.principalOf(account, clock.instant());
    }

    /** A fresh secret for the enrolment page; nothing is stored until a code from it is confirmed. */
    public SecondFactorSetup newSecondFactor(AccountPrincipal me) {
        String secret = Totp.newSecret();
        return new SecondFactorSetup(secret, Totp.provisioningUri(ISSUER, me.loginName(), secret));
    }

    /** @return the principal to keep in the session, with the enrolment step done */
    @Transactional
    public AccountPrincipal enrolSecondFactor(AccountPrincipal me, String secret, String code) {
        Account account = accounts.findById(me.accountId()).orElseThrow();
        OptionalLong step = Totp.verify(secret, code == null ? "" : code.strip(), clock.instant(), null);
        if (step.isEmpty()) {
            throw new DomainException("secondFactor.error.codeInvalid");
        }
        account.enrolSecondFactor(secret, step.getAsLong());
        auditLog.record(IdentityAction.SECOND_FACTOR_ENROLLED, "account:" + me.accountId(), AuditResult.SUCCESS, "");
        return principals.principalOf(account, clock.instant());
    }

    public record SecondFactorSetup(String secret, String provisioningUri) implements java.io.Serializable {
    }
}
