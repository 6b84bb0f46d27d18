package cn.js.pilotzone.application;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.js.pilotzone.application.domain.Application;
import cn.js.pilotzone.application.domain.EvaluationRoundRepository;
import cn.js.pilotzone.identity.ParkDirectory;

/** Announces an application's or a report's new state to the modules that tell people about it. */
@Component
class StatusEvents {

    private final ApplicationEventPublisher events;
    private final ParkDirectory parks;
    private final EvaluationRoundRepository rounds;

    StatusEvents(ApplicationEventPublisher events, ParkDirectory parks, EvaluationRoundRepository rounds) {
        this.events = events;
        this.parks = parks;
        this.rounds = rounds;
    }

    void changed(Application application) {
        events.publishEvent(new ApplicationStatusChanged(application.id(), application.parkOrganisationId(),
                parks.name(application.parkOrganisationId()), parks.jurisdiction(application.parkOrganisationId()),
                year(application), application.status(), application.kind()));
    }

    private int year(Application application) {
        return application.kind().isReport() ? application.reportYear()
                : rounds.findById(application.roundId()).map(r -> r.year()).orElseThrow();
    }
}
