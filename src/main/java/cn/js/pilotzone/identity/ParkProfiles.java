package cn.js.pilotzone.identity;

import java.util.Locale;

import org.springframework.stereotype.Component;

import cn.js.pilotzone.common.CreditCode;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.identity.domain.ApplicantUnitKindRepository;
import cn.js.pilotzone.identity.domain.Jurisdiction;
import cn.js.pilotzone.identity.domain.JurisdictionRepository;
import cn.js.pilotzone.identity.domain.OrganisationRepository;
import cn.js.pilotzone.identity.domain.ParkKindRepository;
import cn.js.pilotzone.identity.domain.ParkProfile;

/** Turns the codes a form sends into reference data, refusing any code that does not exist. */
@Component
class ParkProfiles {

    private final JurisdictionRepository jurisdictions;
    private final ParkKindRepository parkKinds;
    private final ApplicantUnitKindRepository unitKinds;
    private final OrganisationRepository organisations;

    ParkProfiles(JurisdictionRepository jurisdictions, ParkKindRepository parkKinds,
            ApplicantUnitKindRepository unitKinds, OrganisationRepository organisations) {
        this.jurisdictions = jurisdictions;
        this.parkKinds = parkKinds;
        this.unitKinds = unitKinds;
        this.organisations = organisations;
    }

    ParkProfile resolve(String jurisdictionCode, String parkKindCode, ApprovalLevel approvalLevel,
            String applicantUnitKindCode, String creditCode, String address) {
        if (approvalLevel == null) {
            throw new DomainException("organisation.error.approvalLevelRequired");
        }
        String code = creditCode == null ? "" : creditCode.strip().toUpperCase(Locale.ROOT);
        if (!CreditCode.isValid(code)) {
            throw new DomainException("organisation.error.creditCode");
        }
        return new ParkProfile(jurisdiction(jurisdictionCode),
                parkKinds.findById(nullToEmpty(parkKindCode))
                        .orElseThrow(() -> new DomainException("organisation.error.parkKindRequired")),
                approvalLevel,
                unitKinds.findById(nullToEmpty(applicantUnitKindCode))
                        .orElseThrow(() -> new DomainException("organisation.error.unitKindRequired")),
                code, address == null || address.isBlank() ? null : address.strip());
    }

    /** One unit, one code: a code already recorded for another organisation is refused. */
    void requireUnusedCreditCode(String creditCode, Long organisationId) {
        if (creditCode == null) {
            return;
        }
        organisations.findByCreditCode(creditCode.strip().toUpperCase(Locale.ROOT))
                .filter(other -> !other.id().equals(organisationId))
                .ifPresent(other -> {
                    throw new DomainException("organisation.error.creditCodeTaken");
                });
    }

    Jurisdiction jurisdiction(String code) {
        return jurisdictions.findById(nullToEmpty(code))
                .orElseThrow(() -> new DomainException("organisation.error.jurisdictionRequired"));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
