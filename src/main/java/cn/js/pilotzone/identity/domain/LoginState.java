package cn.js.pilotzone.identity.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * The failed-login count, the lock and the last accepted one-time-code step of one account. It has
 * no version of its own: the login decision holds a row lock on it instead.
 */
@Entity
@Table(name = "login_state")
public class LoginState {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_code_step")
    private Long lastCodeStep;

    protected LoginState() {
    }

    LoginState(Account account) {
        this.account = account;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failed login and locks the account when the limit is reached.
     *
     * @return true if this failure locked the account
     */
    public boolean registerFailure(Instant now, int maxFailures, Duration lockDuration) {
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

    public void registerSuccess() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void unlock() {
        registerSuccess();
    }

    /** Remembers the time step of an accepted code, so that the same code cannot be replayed. */
    public void acceptCodeStep(long step) {
        lastCodeStep = step;
    }

    public Long lastCodeStep() {
        return lastCodeStep;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public int failedAttempts() {
        return failedAttempts;
    }
}
