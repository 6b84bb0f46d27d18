package cn.js.pilotzone.designation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.application.ApplicationStatus;
import cn.js.pilotzone.application.ForwardedCases;
import cn.js.pilotzone.application.ForwardedCases.CaseFacts;
import cn.js.pilotzone.application.ProvincialOutcomes;
import cn.js.pilotzone.application.ProvincialOutcomes.Outcome;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.panel.Ratings;
import cn.js.pilotzone.panel.Ratings.ConclusionView;

/**
 * The provincial department's decision on an application it received: approve for public notice
 * (with the notice period), or reject with reasons; and, at any stage, terminate for fraud or apply
 * the veto, both final. Every decision keeps its reasons and is shown to the park.
 */
@Service
public class ProvincialDecisions {

    public static final int MAX_OPINION = 2000;
    public static final int DEFAULT_NOTICE_DAYS = 7;

    private final ForwardedCases cases;
    private final ProvincialOutcomes outcomes;
    private final Ratings ratings;
    private final PublicNotices notices;
    private final DecisionLog log;
    private final Clock clock;

    ProvincialDecisions(ForwardedCases cases, ProvincialOutcomes outcomes, Ratings ratings, PublicNotices notices,
            DecisionLog log, Clock clock) {
        this.cases = cases;
        this.outcomes = outcomes;
        this.ratings = ratings;
        this.notices = notices;
        this.log = log;
        this.clock = clock;
    }

    public record Decided(DecisionKind kind, String opinion, String decidedBy, OffsetDateTime decidedAt) {
    }

    public record DecisionPage(CaseFacts facts, Optional<ConclusionView> conclusion, List<Decided> history,
            Optional<PublicNotices.NoticeView> notice, List<PublicNotices.ObjectionView> objections) {
    }

    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional(readOnly = true)
    public DecisionPage page(long applicationId) {
        CaseFacts facts = application(applicationId);
        Optional<PublicNotices.NoticeView> notice = notices.ofApplication(applicationId);
        return new DecisionPage(facts, ratings.conclusionOf(applicationId), history(applicationId), notice,
                notice.map(n -> notices.objections(n.id())).orElse(List.of()));
    }

    /** An application the province has received; a report is decided on the supervision pages, not here. */
    private CaseFacts application(long applicationId) {
        CaseFacts facts = cases.of(applicationId);
        if (facts.kind().isReport()) {
            throw new NotFoundException("application " + applicationId);
        }
        return facts;
    }

    /** The decisions and their reasons, for the park and whoever may read the application. */
    @Transactional(readOnly = true)
    public List<Decided> history(long applicationId) {
        return log.history(applicationId);
    }

    /**
     * Decides with reasons. Approval needs the panel's signed conclusion and opens the public notice
     * for {@code noticeDays} days from today.
     */
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional
    public void decide(long applicationId, DecisionKind kind, String opinion, Integer noticeDays, AccountPrincipal me) {
        String text = opinion == null ? "" : opinion.strip();
        if (text.isEmpty() || text.length() > MAX_OPINION) {
            throw new DomainException("decision.opinionRequired", MAX_OPINION);
        }
        CaseFacts facts = application(applicationId);
        switch (kind) {
            case APPROVE_FOR_NOTICE -> {
                if (ratings.conclusionOf(applicationId).isEmpty()) {
                    throw new DomainException("decision.noConclusion");
                }
                int days = noticeDays == null ? DEFAULT_NOTICE_DAYS : noticeDays;
                if (days < 1 || days > 60) {
                    throw new DomainException("decision.noticeDays");
                }
                outcomes.apply(applicationId, Outcome.APPROVE_FOR_NOTICE);
                LocalDate today = LocalDate.now(clock);
                notices.publish(facts, today, today.plusDays(days - 1L), me);
            }
            case REJECT -> outcomes.apply(applicationId, Outcome.REJECT);
            case TERMINATE_FOR_FRAUD -> outcomes.apply(applicationId, Outcome.TERMINATE_FOR_FRAUD);
            case VETO -> outcomes.apply(applicationId, Outcome.VETO);
            default -> throw new DomainException("application.wrongState");
        }
        if (kind != DecisionKind.APPROVE_FOR_NOTICE && facts.status() == ApplicationStatus.IN_NOTICE) {
            notices.closeFailed(applicationId);
        }
        log.record(applicationId, kind, text, me);
    }

    /** What a bulk decision will do to one application, shown before the province confirms it. */
    public record Change(long applicationId, String parkName, ApplicationStatus from, ApplicationStatus to) {
    }

    /** The changes a bulk decision would make; nothing changes yet. */
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional(readOnly = true)
    public List<Change> preview(List<Long> applicationIds, DecisionKind kind) {
        ApplicationStatus to = switch (kind) {
            case APPROVE_FOR_NOTICE -> ApplicationStatus.IN_NOTICE;
            case REJECT -> ApplicationStatus.REJECTED;
            default -> throw new DomainException("decision.bulkKind");
        };
        return applicationIds.stream().distinct().map(cases::of)
                .map(f -> new Change(f.applicationId(), f.parkName(), f.status(), to)).toList();
    }

    /** Decides for several applications at once, all or none: one refusal leaves every one unchanged. */
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional
    public void decideAll(List<Long> applicationIds, DecisionKind kind, String opinion, Integer noticeDays,
            AccountPrincipal me) {
        if (applicationIds.isEmpty()) {
            throw new DomainException("decision.bulkEmpty");
        }
        for (Change change : preview(applicationIds, kind)) {
            try {
                decide(change.applicationId(), kind, opinion, noticeDays, me);
            } catch (DomainException refused) {
                throw new DomainException("decision.bulkRefused", change.parkName(),
                        new DefaultMessageSourceResolvable(new String[] {refused.messageKey()}, refused.arguments()));
            }
        }
    }
}
