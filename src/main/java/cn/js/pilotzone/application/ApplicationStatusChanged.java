package cn.js.pilotzone.application;

/**
 * An application moved: published after each transition so that those who must act next, and the
 * park, are told.
 */
public record ApplicationStatusChanged(long applicationId, long parkOrganisationId, String parkName,
        String jurisdictionCode, int roundYear, ApplicationStatus status) {
}
