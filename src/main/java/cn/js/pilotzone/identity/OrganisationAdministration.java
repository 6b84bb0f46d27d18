package cn.js.pilotzone.identity;

import java.time.Clock;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.common.Texts;
import cn.js.pilotzone.identity.domain.Jurisdiction;
import cn.js.pilotzone.identity.domain.Organisation;
import cn.js.pilotzone.identity.domain.OrganisationRepository;
import cn.js.pilotzone.identity.domain.ParkProfile;
import cn.js.pilotzone.ledger.AuditLog;
import cn.js.pilotzone.ledger.AuditResult;

/** The system administrator's management of organisations. */
@Service
@PreAuthorize("hasRole('SYSADMIN')")
public class OrganisationAdministration {

    /**
     * What the administrator enters for an organisation; the park fields are used for parks only,
     * the jurisdiction for parks and city authorities only.
     */
    public record OrganisationData(OrganisationKind kind, String name, String jurisdictionCode, String parkKindCode,
            ApprovalLevel approvalLevel, String applicantUnitKindCode, String creditCode, String address) {
    }

    private final OrganisationRepository organisations;
    private final ParkProfiles parkProfiles;
    private final AuditLog auditLog;
    private final Clock clock;

    OrganisationAdministration(OrganisationRepository organisations, ParkProfiles parkProfiles, AuditLog auditLog,
            Clock clock) {
        this.organisations = organisations;
        this.parkProfiles = parkProfiles;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<OrganisationView> search(OrganisationKind kind, String jurisdictionCode, String text,
            Pageable pageable, Locale locale) {
        return organisations.search(kind, Texts.blankToNull(jurisdictionCode), Texts.containsPattern(text), pageable)
                .map(organisation -> OrganisationView.of(organisation, locale));
    }

    @Transactional(readOnly = true)
    public OrganisationView get(long id, Locale locale) {
        return OrganisationView.of(find(id), locale);
    }

    @Transactional
    public long create(OrganisationData data) {
        String name = data.name().strip();
        if (organisations.existsByName(name)) {
            throw new DomainException("organisation.error.nameTaken", name);
        }
        if (data.kind() == OrganisationKind.PARK) {
            parkProfiles.requireUnusedCreditCode(data.creditCode(), null);
        }
        var now = clock.instant();
        Organisation organisation = switch (data.kind()) {
            case PROVINCE_DEPARTMENT -> Organisation.provinceDepartment(name, now);
            case CITY_AUTHORITY -> Organisation.cityAuthority(name, jurisdiction(data.jurisdictionCode()), now);
            case EXPERT_INSTITUTION -> Organisation.expertInstitution(name, now);
            case PARK -> Organisation.park(name, parkProfile(data), now);
        };
        organisations.save(organisation);
        auditLog.record(IdentityAction.ORGANISATION_CREATED, "organisation:" + organisation.id(), AuditResult.SUCCESS,
                data.kind() + " " + name);
        return organisation.id();
    }

    @Transactional
    public void update(long id, long version, OrganisationData data) {
        Organisation organisation = find(id);
        Versions.require(version, organisation.version());
        String name = data.name().strip();
        if (!name.equals(organisation.name()) && organisations.existsByName(name)) {
            throw new DomainException("organisation.error.nameTaken", name);
        }
        organisation.rename(name);
        if (organisation.kind() == OrganisationKind.PARK) {
            parkProfiles.requireUnusedCreditCode(data.creditCode(), id);
            organisation.applyParkProfile(parkProfile(data));
        } else if (organisation.kind() == OrganisationKind.CITY_AUTHORITY) {
            organisation.changeJurisdiction(jurisdiction(data.jurisdictionCode()));
        }
        auditLog.record(IdentityAction.ORGANISATION_UPDATED, "organisation:" + id, AuditResult.SUCCESS, name);
    }

    private ParkProfile parkProfile(OrganisationData data) {
        return parkProfiles.resolve(data.jurisdictionCode(), data.parkKindCode(), data.approvalLevel(),
                data.applicantUnitKindCode(), data.creditCode(), data.address());
    }

    private Jurisdiction jurisdiction(String code) {
        return parkProfiles.jurisdiction(code);
    }

    private Organisation find(long id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation " + id));
    }
}
