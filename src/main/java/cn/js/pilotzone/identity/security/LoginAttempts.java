package cn.js.pilotzone.identity.security;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.identity.IdentityProperties;
import cn.js.pilotzone.identity.domain.Account;
import cn.js.pilotzone.identity.domain.AccountRepository;

/**
 * Counts failed and successful logins in transactions of their own: the login itself fails with an
 * exception, and the count must survive it.
 */
@Component
class LoginAttempts {

    private final AccountRepository accounts;
    private final IdentityProperties properties;
    private final Clock clock;

    LoginAttempts(AccountRepository accounts, IdentityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return the end of the lock if this failure locked the account, or null */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Instant recordFailure(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        Instant now = clock.instant();
        boolean locked = account.registerFailedLogin(now, properties.maxFailedLogins(), properties.lockDuration());
        return locked ? account.lockedUntil() : null;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(long accountId, Long acceptedCodeStep) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.registerSuccessfulLogin();
        if (acceptedCodeStep != null) {
            account.acceptSecondFactorStep(acceptedCodeStep);
        }
    }
}
