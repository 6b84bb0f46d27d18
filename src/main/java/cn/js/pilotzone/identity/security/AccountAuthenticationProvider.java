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
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.identity.AccountStatus;
import cn.js.pilotzone.identity.IdentityAction;
import cn.js.pilotzone.identity.IdentityProperties;
import cn.js.pilotzone.identity.PrincipalFactory;
import cn.js.pilotzone.identity.Totp;
import cn.js.pilotzone.identity.domain.Account;
import cn.js.pilotzone.identity.domain.AccountRepository;
import cn.js.pilotzone.identity.domain.LoginState;
import cn.js.pilotzone.identity.domain.LoginStateRepository;
import cn.js.pilotzone.identity.domain.Organisation;
import cn.js.pilotzone.ledger.AuditEntry;
import cn.js.pilotzone.ledger.AuditLog;
import cn.js.pilotzone.ledger.AuditResult;

/**
 * Checks name, password and, where enrolled, the one-time code, in one transaction that holds the
 * account's login-state row lock: parallel attempts are decided one after another, so none slips
 * past the lock or reuses a code. A locked account is refused before its password is checked; the
 * account's state is told only after a correct password, so a stranger learns nothing from it.
 * Refusals commit, so the count they add survives the failed login.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    private final AccountRepository accounts;
    private final LoginStateRepository loginStates;
    private final PasswordEncoder passwordEncoder;
    private final PrincipalFactory principals;
    private final IdentityProperties properties;
    private final AuditLog auditLog;
    private final Clock clock;
    private final String unknownAccountHash;

    AccountAuthenticationProvider(AccountRepository accounts, LoginStateRepository loginStates,
            PasswordEncoder passwordEncoder, PrincipalFactory principals, IdentityProperties properties,
            AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.loginStates = loginStates;
        this.passwordEncoder = passwordEncoder;
        this.principals = principals;
        this.properties = properties;
        this.auditLog = auditLog;
        this.clock = clock;
        this.unknownAccountHash = passwordEncoder.encode("no such account: constant-time answer");
    }

    @Override
    @Transactional(noRollbackFor = AuthenticationException.class)
    public Authentication authenticate(Authentication authentication) {
        String loginName = authentication.getName() == null ? "" : authentication.getName().strip();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        LoginDetails details = (LoginDetails) authentication.getDetails();
        Optional<Long> found = accounts.findIdByLoginName(loginName);
        if (found.isEmpty()) {
            // Spend the same time as for a real account, so timing does not reveal which names exist.
            passwordEncoder.matches(password, unknownAccountHash);
            throw new BadCredentialsException("bad credentials");
        }
        // Lock before the account is loaded: loading it would put an unlocked, possibly stale copy of
        // the login state in the persistence context, which the locking query would then return.
        LoginState state = loginStates.lockForLogin(found.get()).orElseThrow();
        Account account = accounts.findById(found.get()).orElseThrow();
        Instant now = clock.instant();
        if (state.isLocked(now)) {
            throw new LoginExceptions.AccountLocked(state.lockedUntil());
        }
        if (!passwordEncoder.matches(password, account.passwordHash())) {
            throw failure(account, state, details, now, new BadCredentialsException("bad credentials"));
        }
        requireUsable(account);
        if (account.hasSecondFactor()) {
            if (details.oneTimeCode().isEmpty()) {
                throw new LoginExceptions.SecondFactorMissing();
            }
            OptionalLong step = Totp.verify(account.totpSecret(), details.oneTimeCode(), now, state.lastCodeStep());
            if (step.isEmpty()) {
                throw failure(account, state, details, now, new LoginExceptions.SecondFactorInvalid());
            }
            state.acceptCodeStep(step.getAsLong());
        }
        state.registerSuccess();
        AccountPrincipal principal = principals.principalOf(account, now);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    private AuthenticationException failure(Account account, LoginState state, LoginDetails details, Instant now,
            AuthenticationException failure) {
        if (!state.registerFailure(now, properties.maxFailedLogins(), properties.lockDuration())) {
            return failure;
        }
        auditLog.record(new AuditEntry(account.loginName(), account.organisation().name(), details.clientAddress(),
                IdentityAction.LOGIN_LOCKED, "account:" + account.id(), AuditResult.FAILURE,
                "lockedUntil=" + state.lockedUntil()));
        return new LoginExceptions.AccountLocked(state.lockedUntil());
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
