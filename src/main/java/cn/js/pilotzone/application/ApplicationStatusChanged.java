package cn.js.pilotzone.application;

/**
 * An application or a report moved: published after each transition so that those who must act
 * next, and the park, are told.
 *
 * @param year the round's year for an application, the report's own year for a report
 */
public record ApplicationStatusChanged(long applicationId, long parkOrganisationId, String parkName,
        String jurisdictionCode, int year, ApplicationStatus status, DossierKind kind) {
}
