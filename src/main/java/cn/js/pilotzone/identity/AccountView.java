package cn.js.pilotzone.identity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import cn.js.pilotzone.common.TimeConfig;
import cn.js.pilotzone.identity.domain.Account;

/** An account as the administrator's pages show it; never the password hash or the TOTP secret. */
public record AccountView(long id, String loginName, String displayName, String mobile, String email,
        long organisationId, String organisationName, OrganisationKind organisationKind, AccountStatus status,
        List<Role> roles, boolean locked, OffsetDateTime lockedUntil, boolean secondFactorEnrolled,
        boolean passwordChangeRequired, long version) {

    static AccountView of(Account account, Instant now) {
        return new AccountView(account.id(), account.loginName(), account.displayName(), account.mobile(),
                account.email(), account.organisation().id(), account.organisation().name(),
                account.organisation().kind(), account.status(), sorted(account.roles()),
                account.loginState().isLocked(now), TimeConfig.inJiangsu(account.loginState().lockedUntil()), account.hasSecondFactor(), account.passwordChangeRequired(), account.version());
    }

    private static List<Role> sorted(Set<Role> roles) {
        return roles.stream().sorted().toList();
    }
}
