package cn.js.pilotzone.application;

import java.time.OffsetDateTime;

import cn.js.pilotzone.application.domain.Application;

/** An application as its park sees it, with the round it belongs to. */
public record ApplicationView(long id, RoundView round, String parkName, ApplicationStatus status,
        String speciality, OffsetDateTime startedAt) {
}
