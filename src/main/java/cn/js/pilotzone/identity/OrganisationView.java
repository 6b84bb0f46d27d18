package cn.js.pilotzone.identity;

import java.time.OffsetDateTime;
import java.util.Locale;

import cn.js.pilotzone.common.TimeConfig;
import cn.js.pilotzone.identity.domain.Organisation;

/** An organisation as pages show it, with reference data already in the user's language. */
public record OrganisationView(long id, OrganisationKind kind, String name, String status, String jurisdictionCode,
        String jurisdictionName, String parkKindCode, String parkKindName, ApprovalLevel approvalLevel,
        String applicantUnitKindCode, String applicantUnitKindName, String creditCode, String address,
        OffsetDateTime createdAt,
        long version) {

    static OrganisationView of(Organisation o, Locale locale) {
        return new OrganisationView(o.id(), o.kind(), o.name(), o.status().name(),
                o.jurisdiction() == null ? null : o.jurisdiction().code(),
                o.jurisdiction() == null ? null : o.jurisdiction().name(locale),
                o.parkKind() == null ? null : o.parkKind().code(),
                o.parkKind() == null ? null : o.parkKind().name(locale), o.approvalLevel(),
                o.applicantUnitKind() == null ? null : o.applicantUnitKind().code(),
                o.applicantUnitKind() == null ? null : o.applicantUnitKind().name(locale), o.creditCode(), o.address(),
                TimeConfig.inJiangsu(o.createdAt()),
                o.version());
    }
}
