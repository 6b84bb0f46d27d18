package cn.js.pilotzone.designation;

import java.time.LocalDate;

/** A title was revoked: its park and its city are told, with the public category and the date. */
public record TitleRevoked(long designationId, long parkOrganisationId, String parkName, RevocationCategory category,
        LocalDate revokedOn) {
}
