package cn.js.pilotzone.identity;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import cn.js.pilotzone.common.Actor;

/**
 * The logged-in person as every module sees it: account, organisation, jurisdiction and roles,
 * plus what the person must still do before working (change an expired or temporary password,
 * enrol a second factor). Immutable; a new one replaces it in the session when that changes.
 *
 * @param jurisdictionCode the jurisdiction of a park or city authority, null otherwise; queries of
 *        city reviewers are scoped by it
 * @param passwordSince when the password this session was opened with was set; a session whose
 *        password has since been reset by someone else ends
 */
public record AccountPrincipal(long accountId, String loginName, String displayName, long organisationId,
        String organisationName, OrganisationKind organisationKind, String jurisdictionCode, Set<Role> roles,
        PendingStep pendingStep, Instant passwordSince) implements UserDetails, Actor, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What must happen before the person may use the system. */
    public enum PendingStep {
        NONE, CHANGE_TEMPORARY_PASSWORD, CHANGE_EXPIRED_PASSWORD, ENROL_SECOND_FACTOR
    }

    public AccountPrincipal {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    /** The hash stays in the database; the session never holds it. */
    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return loginName;
    }
}
