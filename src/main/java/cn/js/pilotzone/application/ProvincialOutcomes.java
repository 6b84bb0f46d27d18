package cn.js.pilotzone.application;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.application.domain.Application;
import cn.js.pilotzone.application.domain.ApplicationRepository;
import cn.js.pilotzone.common.NotFoundException;

/**
 * The province's decisions move the application: approved for public notice, rejected, terminated
 * for fraud, vetoed, designated; and a report: filed, passed, failed, terminated for fraud. The designation module records the reasons, notices and documents;
 * this keeps the application's state, which every page and access rule reads.
 */
@Service
public class ProvincialOutcomes {

    private final ApplicationRepository applications;
    private final ApplicationEventPublisher events;
    private final StatusEvents statusEvents;
    private final ApplicationLocks locks;

    ProvincialOutcomes(ApplicationRepository applications, ApplicationEventPublisher events, StatusEvents statusEvents,
            ApplicationLocks locks) {
        this.locks = locks;
        this.applications = applications;
        this.events = events;
        this.statusEvents = statusEvents;
    }

    /** The way the province moves an application. */
    public enum Outcome {
        APPROVE_FOR_NOTICE, REJECT, TERMINATE_FOR_FRAUD, VETO, DESIGNATE,
        /** An annual report is filed; a re-evaluation or a rectification passes or fails. */
        FILE, PASS, FAIL
    }

    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional
    public void apply(long applicationId, Outcome outcome) {
        Application application = locks.lock(applicationId)
                .orElseThrow(() -> new NotFoundException("application " + applicationId));
        switch (outcome) {
            case APPROVE_FOR_NOTICE -> application.approveForNotice();
            case REJECT -> application.reject();
            case TERMINATE_FOR_FRAUD -> application.terminateForFraud();
            case VETO -> application.veto();
            case DESIGNATE -> application.designate();
            case FILE -> application.file();
            case PASS -> application.pass();
            case FAIL -> application.fail();
        }
        statusEvents.changed(application);
        events.publishEvent(ApplicationChanged.of(ApplicationAction.PROVINCIAL_OUTCOME, applicationId,
                outcome.name() + " -> " + application.status()));
    }


    /** Whether the application is still in its public notice, where an upheld objection rejects it. */
    @Transactional(readOnly = true)
    public boolean inNotice(long applicationId) {
        return applications.findById(applicationId).map(a -> a.status() == ApplicationStatus.IN_NOTICE).orElse(false);
    }
}
