package cn.js.pilotzone.identity;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.identity.domain.ApplicantUnitKindRepository;
import cn.js.pilotzone.identity.domain.JurisdictionRepository;
import cn.js.pilotzone.identity.domain.ParkKindRepository;

/** The reference data of the standard, as choices for forms in the user's language. */
@Service
@Transactional(readOnly = true)
public class ReferenceData {

    /** One choice of a select list. */
    public record Option(String code, String label) {
    }

    private final JurisdictionRepository jurisdictions;
    private final ParkKindRepository parkKinds;
    private final ApplicantUnitKindRepository unitKinds;

    ReferenceData(JurisdictionRepository jurisdictions, ParkKindRepository parkKinds,
            ApplicantUnitKindRepository unitKinds) {
        this.jurisdictions = jurisdictions;
        this.parkKinds = parkKinds;
        this.unitKinds = unitKinds;
    }

    public List<Option> jurisdictions(Locale locale) {
        return jurisdictions.findAllByOrderBySortOrder().stream()
                .map(j -> new Option(j.code(), j.name(locale))).toList();
    }

    /** The name of a jurisdiction, or the code itself if it is unknown. */
    public String jurisdictionName(String code, Locale locale) {
        return code == null ? "" : jurisdictions.findById(code).map(j -> j.name(locale)).orElse(code);
    }

    public List<Option> parkKinds(Locale locale) {
        return parkKinds.findAllByOrderBySortOrder().stream().map(k -> new Option(k.code(), k.name(locale))).toList();
    }

    public List<Option> applicantUnitKinds(Locale locale) {
        return unitKinds.findAllByOrderBySortOrder().stream().map(k -> new Option(k.code(), k.name(locale))).toList();
    }
}
