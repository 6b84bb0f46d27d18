package cn.js.pilotzone.application;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.js.pilotzone.application.domain.Application;
import cn.js.pilotzone.application.domain.ApplicationRepository;
import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.identity.ParkDirectory;
import cn.js.pilotzone.identity.Role;

/**
 * Who may see which application. A park sees its own, drafts included; the city authority sees the
 * parks of its own jurisdiction once they have submitted; the province sees those the city has
 * recommended and forwarded with its sealed letter, and the reports the city has approved; an expert sees the cases of the panels it has
 * joined after declaring no conflict.
 * Anything else is answered exactly as an id that does not exist.
 */
@Component
class ApplicationAccess {

    /** What the province has received: forwarded with the sealed letter, and all that follows. */
    static final java.util.Set<ApplicationStatus> RECEIVED_BY_PROVINCE = java.util.EnumSet.of(ApplicationStatus.FORWARDED,
            ApplicationStatus.IN_NOTICE, ApplicationStatus.REJECTED, ApplicationStatus.TERMINATED,
            ApplicationStatus.VETOED, ApplicationStatus.DESIGNATED, ApplicationStatus.FILED, ApplicationStatus.PASSED,
            ApplicationStatus.FAILED);

    private final ApplicationRepository applications;
    private final ParkDirectory parks;
    private final List<AssignedReaders> assigned;
    private final ApplicationLocks locks;

    ApplicationAccess(ApplicationRepository applications, ParkDirectory parks, List<AssignedReaders> assigned,
            ApplicationLocks locks) {
        this.locks = locks;
        this.applications = applications;
        this.parks = parks;
        this.assigned = assigned;
    }

    Application readable(long id, AccountPrincipal me) {
        Application application = applications.findById(id).orElseThrow(() -> notFound(id));
        if (!mayRead(application, me)) {
            throw notFound(id);
        }
        return application;
    }

    /** For the public verification of a document code, which shows no content. */
    Application byId(long id) {
        return applications.findById(id).orElseThrow(() -> notFound(id));
    }

    /** The park's own application, drafts included. */
    Application own(long id, AccountPrincipal me) {
        return applications.findById(id).filter(a -> isOwn(a, me)).orElseThrow(() -> notFound(id));
    }

    /** The park's own application, locked for the rest of the transaction so that changes queue. */
    Application ownForChange(long id, AccountPrincipal me) {
        return locks.lock(id).filter(a -> isOwn(a, me)).orElseThrow(() -> notFound(id));
    }

    private static boolean isOwn(Application application, AccountPrincipal me) {
        return me.hasRole(Role.APPLICANT) && application.parkOrganisationId() == me.organisationId();
    }

    /** A city keeps its view of a submitted case even if the park's account is later deactivated. */
    private boolean mayRead(Application application, AccountPrincipal me) {
        if (isOwn(application, me)) {
            return true;
        }
        if (application.versionsSubmitted() == 0) {
            return false;
        }
        if (me.hasRole(Role.PROVINCE_ADMIN)) {
            // The province receives an application only with the city's sealed recommendation letter.
            return RECEIVED_BY_PROVINCE.contains(application.status());
        }
        if (me.hasRole(Role.EXPERT)) {
            return assigned.stream().anyMatch(a -> a.mayRead(application.id(), me.accountId()));
        }
        return cityMayRead(application, me);
    }

    /** A city reviewer's cases: what the parks of its own jurisdiction have submitted. */
    boolean cityMayRead(Application application, AccountPrincipal me) {
        return me.hasRole(Role.CITY_REVIEWER) && application.versionsSubmitted() > 0 && me.jurisdictionCode() != null
                && me.jurisdictionCode().equals(parks.jurisdiction(application.parkOrganisationId()));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("application " + id);
    }
}
