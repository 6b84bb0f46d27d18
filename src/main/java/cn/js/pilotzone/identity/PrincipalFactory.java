package cn.js.pilotzone.identity;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.identity.AccountPrincipal.PendingStep;
import cn.js.pilotzone.identity.domain.Account;
import cn.js.pilotzone.identity.domain.AccountRepository;
import cn.js.pilotzone.identity.domain.Organisation;

/** Builds the session's principal from an account, deciding what the person must do first. */
@Component
public class PrincipalFactory {

    private final IdentityProperties properties;
    private final AccountRepository accounts;

    PrincipalFactory(IdentityProperties properties, AccountRepository accounts) {
        this.properties = properties;
        this.accounts = accounts;
    }

    public AccountPrincipal principalOf(Account account, Instant now) {
        Organisation organisation = account.organisation();
        String jurisdiction = organisation.jurisdiction() == null ? null : organisation.jurisdiction().code();
        return new AccountPrincipal(account.id(), account.loginName(), account.displayName(), organisation.id(),
                organisation.name(), organisation.kind(), jurisdiction, account.roles(), pendingStep(account, now),
                account.passwordChangedAt());
    }

    /**
     * The principal as the account stands now, for a session opened earlier: roles, organisation and
     * pending steps follow every change at once. Empty when the session must end: the account or its
     * organisation is no longer active, or its password was set anew since the session began.
     */
    @Transactional(readOnly = true)
    public Optional<AccountPrincipal> refresh(AccountPrincipal current, Instant now) {
        return accounts.findById(current.accountId())
                .filter(account -> account.status() == AccountStatus.ACTIVE
                        && account.organisation().status() == Organisation.Status.ACTIVE
                        && account.passwordChangedAt().equals(current.passwordSince()))
                .map(account -> principalOf(account, now));
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
