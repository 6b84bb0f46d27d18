package cn.js.pilotzone.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.identity.domain.Organisation;
import cn.js.pilotzone.common.Texts;
import cn.js.pilotzone.identity.domain.OrganisationRepository;

/** What other modules may know of a park: the facts the standard's eligibility rules (§1) look at. */
@Service
@Transactional(readOnly = true)
public class ParkDirectory {

    /**
     * @param minimumApprovalLevel the lowest approving level the park's kind requires (§1.1), or null
     *        when the park has no kind recorded
     */
    public record ParkFacts(long organisationId, String name, String jurisdictionCode, String parkKindCode,
            ApprovalLevel minimumApprovalLevel, ApprovalLevel approvalLevel, String applicantUnitKindCode) {
    }

    private final OrganisationRepository organisations;

    ParkDirectory(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /** The name of an organisation whatever its state, as records that mention it must still show it. */
    public String name(long organisationId) {
        return organisations.findById(organisationId).map(Organisation::name).orElse("-");
    }

    /**
     * The parks of a jurisdiction whatever their state, optionally only those whose name contains
     * the given text: a city's work list shows every case of its parks.
     */
    public List<Long> parkIdsIn(String jurisdictionCode, String nameContains) {
        return organisations.parkIdsIn(jurisdictionCode, Texts.containsPattern(nameContains));
    }

    /** The unified social credit code of an organisation, or null where none is recorded. */
    public String creditCode(long organisationId) {
        return organisations.findById(organisationId).map(Organisation::creditCode).orElse(null);
    }

    /** The names of the city authorities of a jurisdiction, whatever their state. */
    public List<String> cityAuthorityNames(String jurisdictionCode) {
        return organisations.namesOfKindIn(OrganisationKind.CITY_AUTHORITY, jurisdictionCode);
    }

    /** The jurisdiction code of an organisation whatever its state, or null. */
    public String jurisdiction(long organisationId) {
        return organisations.findById(organisationId).map(Organisation::jurisdiction).map(j -> j.code()).orElse(null);
    }

    /** The park, if the organisation is an active park. */
    public Optional<ParkFacts> park(long organisationId) {
        return organisations.findById(organisationId)
                .filter(o -> o.kind() == OrganisationKind.PARK && o.status() == Organisation.Status.ACTIVE)
                .map(o -> new ParkFacts(o.id(), o.name(), o.jurisdiction() == null ? null : o.jurisdiction().code(),
                        o.parkKind() == null ? null : o.parkKind().code(),
                        o.parkKind() == null ? null : o.parkKind().minimumApprovalLevel(), o.approvalLevel(),
                        o.applicantUnitKind() == null ? null : o.applicantUnitKind().code()));
    }
}
