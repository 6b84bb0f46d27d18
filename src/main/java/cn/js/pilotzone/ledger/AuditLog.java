package cn.js.pilotzone.ledger;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.common.Actor;
import cn.js.pilotzone.common.ClientAddress;
import cn.js.pilotzone.ledger.domain.AuditStore;
import cn.js.pilotzone.ledger.domain.CanonicalRecord;
import cn.js.pilotzone.ledger.domain.ChainVerifier;

/**
 * The audit trail's only entry point. Appends go through the locked chain head so that each record
 * names its predecessor's hash; reading is for the audit administrator alone.
 */
@Service
public class AuditLog {

    private static final int VERIFY_BATCH = 500;

    private final AuditStore store;
    private final Clock clock;

    AuditLog(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Records an action of the current user inside the caller's transaction. */
    @Transactional
    public void record(AuditAction action, String objectRef, AuditResult result, String detail) {
        append(currentActorEntry(action, objectRef, result, detail));
    }

    /** Records an entry whose actor the caller names, inside the caller's transaction. */
    @Transactional
    public void record(AuditEntry entry) {
        append(entry);
    }

    /**
     * Records in a transaction of its own: for refusals and failed logins, whose own work is rolled
     * back or never happens but whose record must stay.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIsolated(AuditEntry entry) {
        append(entry);
    }

    /** Records a refusal of the current user in a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIsolated(AuditAction action, String objectRef, AuditResult result, String detail) {
        append(currentActorEntry(action, objectRef, result, detail));
    }

    @EventListener
    @Transactional
    void on(AuditableEvent event) {
        record(event.action(), event.objectRef(), AuditResult.SUCCESS, event.detail());
    }

    @PreAuthorize("hasRole('AUDITOR')")
    @Transactional(readOnly = true)
    public Page<AuditRecordView> search(AuditQuery query, Pageable pageable) {
        long total = store.count(query);
        List<AuditRecordView> content = store.search(query, pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(content, pageable, total);
    }

    @PreAuthorize("hasRole('AUDITOR')")
    @Transactional
    public ChainVerification verifyChain() {
        long headSeq = store.headSeq();
        ChainVerifier verifier = new ChainVerifier();
        store.forEachInOrder(headSeq, VERIFY_BATCH, verifier::accept);
        ChainVerification result = verifier.result(headSeq);
        String detail = result.isIntact() ? "checked=" + result.checked()
                : "brokenAt=" + result.firstBrokenSeq() + " " + result.problem();
        record(LedgerAction.CHAIN_VERIFIED, "ledger:audit_record",
                result.isIntact() ? AuditResult.SUCCESS : AuditResult.FAILURE, detail);
        return result;
    }

    private void append(AuditEntry entry) {
        AuditStore.Head head = store.lockHead();
        CanonicalRecord record = new CanonicalRecord(head.lastSeq() + 1,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), entry.actor(), entry.organisation(),
                entry.clientAddress(), entry.action().code(), entry.objectRef(), entry.result().name(),
                entry.detail(), head.lastHash());
        store.insert(record, record.hash());
    }

    private static AuditEntry currentActorEntry(AuditAction action, String objectRef, AuditResult result,
            String detail) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String actor = "anonymous";
        String organisation = "-";
        if (authentication != null && authentication.getPrincipal() instanceof Actor known) {
            actor = known.loginName();
            organisation = known.organisationName();
        } else if (authentication != null && authentication.isAuthenticated()) {
            actor = authentication.getName();
        }
        return new AuditEntry(actor, organisation, ClientAddress.ofCurrentRequest(), action, objectRef, result,
                detail);
    }
}
