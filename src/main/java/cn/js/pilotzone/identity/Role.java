package cn.js.pilotzone.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of DOMAIN.md. The panel leader is not an account role: it is given per panel.
 */
public enum Role {
    APPLICANT(false, false, EnumSet.of(OrganisationKind.PARK)),
    CITY_REVIEWER(false, false, EnumSet.of(OrganisationKind.CITY_AUTHORITY)),
    EXPERT(false, false, EnumSet.allOf(OrganisationKind.class)),
    PROVINCE_ADMIN(true, false, EnumSet.of(OrganisationKind.PROVINCE_DEPARTMENT)),
    AUDITOR(true, true, EnumSet.of(OrganisationKind.PROVINCE_DEPARTMENT)),
    SYSADMIN(true, true, EnumSet.of(OrganisationKind.PROVINCE_DEPARTMENT));

    private final boolean secondFactorRequired;
    private final boolean exclusive;
    private final Set<OrganisationKind> organisationKinds;

    Role(boolean secondFactorRequired, boolean exclusive, Set<OrganisationKind> organisationKinds) {
        this.secondFactorRequired = secondFactorRequired;
        this.exclusive = exclusive;
        this.organisationKinds = organisationKinds;
    }

    /** PROVINCE_ADMIN, SYSADMIN and AUDITOR must log in with a second factor. */
    public boolean secondFactorRequired() {
        return secondFactorRequired;
    }

    /**
     * Separation of duties: the system and audit administrators hold no other role, so that neither
     * can read evaluation data nor the other's records.
     */
    public boolean exclusive() {
        return exclusive;
    }

    public boolean allowedIn(OrganisationKind kind) {
        return organisationKinds.contains(kind);
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
