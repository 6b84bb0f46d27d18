package cn.js.pilotzone.identity.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import cn.js.pilotzone.identity.AccountStatus;
import cn.js.pilotzone.identity.IdentityAction;
import cn.js.pilotzone.identity.PrincipalFactory;
import cn.js.pilotzone.identity.Totp;
import cn.js.pilotzone.identity.domain.Account;
import cn.js.pilotzone.identity.domain.AccountRepository;
import cn.js.pilotzone.identity.domain.Organisation;
import cn.js.pilotzone.ledger.AuditEntry;
import cn.js.pilotzone.ledger.AuditLog;
import cn.js.pilotzone.ledger.AuditResult;

/**
 * Checks name, password and, where enrolled, the one-time code. A locked account is refused before
 * its password is checked, so guessing stops while the lock lasts; the account's state is told only
 * after a correct password, so that a stranger learns nothing from the answer.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final LoginAttempts attempts;
    private final PrincipalFactory principals;
    private final AuditLog auditLog;
    private final Clock clock;
    private final String unknownAccountHash;

    AccountAuthenticationProvider(AccountRepository accounts, PasswordEncoder passwordEncoder, LoginAttempts attempts,
            PrincipalFactory principals, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.attempts = attempts;
        this.principals = principals;
        this.auditLog = auditLog;
        this.clock = clock;
        this.unknownAccountHash = passwordEncoder.encode("no such account: constant-time answer");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String loginName = authentication.getName() == null ? "" : authentication.getName().strip();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        LoginDetails details = (LoginDetails) authentication.getDetails();
        Optional<Account> found = accounts.findByLoginName(loginName);
        if (found.isEmpty()) {
            // Spend the same time as for a real account, so timing does not reveal which names exist.
            passwordEncoder.matches(password, unknownAccountHash);
            throw new BadCredentialsException("bad credentials");
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (account.isLocked(now)) {
            throw new LoginExceptions.AccountLocked(account.lockedUntil());
        }
        if (!passwordEncoder.matches(password, account.passwordHash())) {
            throw failure(account, details, new BadCredentialsException("bad credentials"));
        }
        requireUsable(account);
        Long acceptedStep = null;
        if (account.hasSecondFactor()) {
            if (details.oneTimeCode().isEmpty()) {
                throw new LoginExceptions.SecondFactorMissing();
            }
            OptionalLong step = Totp.verify(account.totpSecret(), details.oneTimeCode(), now, account.totpLastStep());
            if (step.isEmpty()) {
                throw failure(account, details, new LoginExceptions.SecondFactorInvalid());
            }
            acceptedStep = step.getAsLong();
        }
        attempts.recordSuccess(account.id(), acceptedStep);
        var principal = principals.principalOf(account, now);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    private RuntimeException failure(Account account, LoginDetails details, RuntimeException failure) {
        Instant lockedUntil = attempts.recordFailure(account.id());
        if (lockedUntil == null) {
            return failure;
        }
        auditLog.recordIsolated(new AuditEntry(account.loginName(), account.organisation().name(),
                details.clientAddress(), IdentityAction.LOGIN_LOCKED, "account:" + account.id(), AuditResult.FAILURE,
                "lockedUntil=" + lockedUntil));
        return new LoginExceptions.AccountLocked(lockedUntil);
    }

    private static void requireUsable(Account account) {
        if (account.status() == AccountStatus.PENDING) {
            throw new LoginExceptions.RegistrationPending();
        }
        if (account.status() != AccountStatus.ACTIVE || account.organisation().status() != Organisation.Status.ACTIVE) {
            throw new DisabledException("disabled");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
