package cn.js.pilotzone.identity;

import org.springframework.stereotype.Component;

import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.identity.domain.ApplicantUnitKindRepository;
import cn.js.pilotzone.identity.domain.Jurisdiction;
import cn.js.pilotzone.identity.domain.JurisdictionRepository;
import cn.js.pilotzone.identity.domain.ParkKindRepository;
import cn.js.pilotzone.identity.domain.ParkProfile;

/** Turns the codes a form sends into reference data, refusing any code that does not exist. */
@Component
class ParkProfiles {

    private final JurisdictionRepository jurisdictions;
    private final ParkKindRepository parkKinds;
    private final ApplicantUnitKindRepository unitKinds;

    ParkProfiles(JurisdictionRepository jurisdictions, ParkKindRepository parkKinds,
            ApplicantUnitKindRepository unitKinds) {
        this.jurisdictions = jurisdictions;
        this.parkKinds = parkKinds;
        this.unitKinds = unitKinds;
    }

    ParkProfile resolve(String jurisdictionCode, String parkKindCode, ApprovalLevel approvalLevel,
            String applicantUnitKindCode, String address) {
        if (approvalLevel == null) {
            throw new DomainException("organisation.error.approvalLevelRequired");
        }
        return new ParkProfile(jurisdiction(jurisdictionCode),
                parkKinds.findById(nullToEmpty(parkKindCode))
                        .orElseThrow(() -> new DomainException("organisation.error.parkKindRequired")),
                approvalLevel,
                unitKinds.findById(nullToEmpty(applicantUnitKindCode))
                        .orElseThrow(() -> new DomainException("organisation.error.unitKindRequired")),
                address == null || address.isBlank() ? null : address.strip());
    }

    Jurisdiction jurisdiction(String code) {
        return jurisdictions.findById(nullToEmpty(code))
                .orElseThrow(() -> new DomainException("organisation.error.jurisdictionRequired"));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
