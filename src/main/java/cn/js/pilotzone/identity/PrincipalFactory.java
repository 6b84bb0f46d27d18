package cn.js.pilotzone.identity;

import java.time.Instant;

import org.springframework.stereotype.Component;

import cn.js.pilotzone.identity.AccountPrincipal.PendingStep;
import cn.js.pilotzone.identity.domain.Account;
import cn.js.pilotzone.identity.domain.Organisation;

/** Builds the session's principal from an account, deciding what the person must do first. */
@Component
public class PrincipalFactory {

    private final IdentityProperties properties;

    PrincipalFactory(IdentityProperties properties) {
        this.properties = properties;
    }

    public AccountPrincipal principalOf(Account account, Instant now) {
        Organisation organisation = account.organisation();
        String jurisdiction = organisation.jurisdiction() == null ? null : organisation.jurisdiction().code();
        return new AccountPrincipal(account.id(), account.loginName(), account.displayName(), organisation.id(),
                organisation.name(), organisation.kind(), jurisdiction, account.roles(), pendingStep(account, now));
    }

    private PendingStep pendingStep(Account account, Instant now) {
        if (account.passwordChangeRequired()) {
            return PendingStep.CHANGE_TEMPORARY_PASSWORD;
        }
        if (account.isPasswordExpired(now, properties.passwordMaxAge())) {
            return PendingStep.CHANGE_EXPIRED_PASSWORD;
        }
        if (account.secondFactorRequiredButMissing()) {
            return PendingStep.ENROL_SECOND_FACTOR;
        }
        return PendingStep.NONE;
    }
}
