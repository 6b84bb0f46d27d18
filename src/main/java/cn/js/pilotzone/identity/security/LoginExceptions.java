package cn.js.pilotzone.identity.security;

import java.io.Serial;
import java.time.Instant;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;

/** Why a login failed, each with the message key the login page shows. */
final class LoginExceptions {

    private LoginExceptions() {
    }

    static String messageKey(AuthenticationException exception) {
        if (exception instanceof AccountLocked) {
            return "login.error.locked";
        }
        if (exception instanceof RegistrationPending) {
            return "login.error.pending";
        }
        if (exception instanceof SecondFactorMissing) {
            return "login.error.codeRequired";
        }
        if (exception instanceof SecondFactorInvalid) {
            return "login.error.codeInvalid";
        }
        if (exception instanceof AccountStatusException) {
            return "login.error.disabled";
        }
        return "login.error.badCredentials";
    }

    static final class AccountLocked extends LockedException {
        @Serial
        private static final long serialVersionUID = 1L;
        private final Instant until;

        AccountLocked(Instant until) {
            super("locked");
            this.until = until;
        }

        Instant until() {
            return until;
        }
    }

    static final class RegistrationPending extends AccountStatusException {
        @Serial
        private static final long serialVersionUID = 1L;

        RegistrationPending() {
            super("pending");
        }
    }

    static final class SecondFactorMissing extends BadCredentialsException {
        @Serial
        private static final long serialVersionUID = 1L;

        SecondFactorMissing() {
            super("code required");
        }
    }

    static final class SecondFactorInvalid extends BadCredentialsException {
        @Serial
        private static final long serialVersionUID = 1L;

        SecondFactorInvalid() {
            super("code invalid");
        }
    }
}
