package cn.js.pilotzone.application;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.stereotype.Component;

import cn.js.pilotzone.application.domain.Application;

/**
 * Locks an application row for the rest of the transaction and re-reads it under the lock. A copy
 * read earlier in the same transaction would otherwise be handed back as it was, and a second click
 * would be checked against the state before the first one's change.
 */
@Component
class ApplicationLocks {

    private final EntityManager entities;

    ApplicationLocks(EntityManager entities) {
        this.entities = entities;
    }

    Optional<Application> lock(long id) {
        Application application = entities.find(Application.class, id);
        if (application == null) {
            return Optional.empty();
        }
        entities.refresh(application, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(application);
    }
}
