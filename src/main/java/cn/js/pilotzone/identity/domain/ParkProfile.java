package cn.js.pilotzone.identity.domain;

import cn.js.pilotzone.identity.ApprovalLevel;

/** What the standard needs to know of a park to decide whether it may apply (§1.1, §1.2). */
public record ParkProfile(Jurisdiction jurisdiction, ParkKind parkKind, ApprovalLevel approvalLevel,
        ApplicantUnitKind applicantUnitKind, String creditCode, String address) {
}
