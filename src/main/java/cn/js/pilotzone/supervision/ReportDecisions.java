package cn.js.pilotzone.supervision;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.application.ApplicationStatus;
import cn.js.pilotzone.application.DossierKind;
import cn.js.pilotzone.application.ProvincialOutcomes;
import cn.js.pilotzone.application.ProvincialOutcomes.Outcome;
import cn.js.pilotzone.application.Reports;
import cn.js.pilotzone.application.Reports.ReportFacts;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.designation.Designations;
import cn.js.pilotzone.designation.RevocationCategory;
import cn.js.pilotzone.designation.TitleRevoked;
import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.panel.Ratings;

/**
 * The province's decisions on reports (§7): an annual report is filed; a re-evaluation passes, or
 * fails with a rectification order (限期整改) and its deadline; a rectification passes, or fails and
 * the title is revoked. A refused or missed rectification, and fraud found in any report, revoke the
 * title too. Every decision carries its opinion word for word.
 */
@Service
public class ReportDecisions {

    static final int MAX_OPINION = 2000;

    /** What the province has received of a report: from the city's approval on. */
    static final Set<ApplicationStatus> RECEIVED = EnumSet.of(ApplicationStatus.FORWARDED, ApplicationStatus.FILED,
            ApplicationStatus.PASSED, ApplicationStatus.FAILED, ApplicationStatus.TERMINATED);
    static final int MAX_SHORTCOMINGS = 4000;

    private final Reports reports;
    private final ProvincialOutcomes outcomes;
    private final Designations designations;
    private final Ratings ratings;
    private final RectificationOrders orders;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportDecisions(Reports reports, ProvincialOutcomes outcomes, Designations designations, Ratings ratings,
            RectificationOrders orders, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.outcomes = outcomes;
        this.designations = designations;
        this.ratings = ratings;
        this.orders = orders;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The province files an annual report its city has approved. */
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional
    public void file(long reportId, String opinion, AccountPrincipal me) {
        String text = opinion(opinion);
        ReportFacts report = received(reportId, DossierKind.ANNUAL_REPORT);
        outcomes.apply(reportId, Outcome.FILE);
        record(report, ApplicationStatus.FILED, text, me);
        events.publishEvent(new SupervisionChanged(SupervisionAction.REPORT_FILED, "application:" + reportId, text));
    }

    /**
     * The province decides a re-evaluation on the panel's conclusion. Failing it orders rectification
     * of the shortcomings by a deadline after today, and opens the park's rectification report.
     */
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional
    public void decideReEvaluation(long reportId, boolean passed, String opinion, String shortcomings,
            LocalDate deadline, AccountPrincipal me) {
        String text = opinion(opinion);
        ReportFacts report = concluded(reportId, DossierKind.RE_EVALUATION);
        if (passed) {
            outcomes.apply(reportId, Outcome.PASS);
            record(report, ApplicationStatus.PASSED, text, me);
        } else {
            String faults = shortcomings == null ? "" : shortcomings.strip();
            if (faults.isEmpty() || faults.length() > MAX_SHORTCOMINGS) {
                throw new DomainException("rectification.shortcomingsRequired", MAX_SHORTCOMINGS);
            }
            if (deadline == null || !deadline.isAfter(LocalDate.now(clock))) {
                throw new DomainException("rectification.deadlineInPast");
            }
            outcomes.apply(reportId, Outcome.FAIL);
            record(report, ApplicationStatus.FAILED, text, me);
            long titleHolder = designations.title(report.designationId()).orElseThrow().applicationId();
            long rectification = reports.open(new Reports.Opening(DossierKind.RECTIFICATION, report.designationId(),
                    titleHolder, LocalDate.now(clock).getYear(), LocalDate.now(clock), deadline, faults));
            orders.order(report.designationId(), reportId, rectification, faults, deadline, me);
        }
        events.publishEvent(new SupervisionChanged(SupervisionAction.RE_EVALUATION_DECIDED, "application:" + reportId,
                (passed ? "PASSED: " : "FAILED: ") + text));
    }

    /** After the panel has re-rated the rectification: passed, or the title is revoked (§7.2.1). */
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional
    public void decideRectification(long reportId, boolean passed, String opinion, AccountPrincipal me) {
        String text = opinion(opinion);
        ReportFacts report = concluded(reportId, DossierKind.RECTIFICATION);
        RectificationOrders.Order order = orders.ofReport(reportId).orElseThrow();
        outcomes.apply(reportId, passed ? Outcome.PASS : Outcome.FAIL);
        record(report, passed ? ApplicationStatus.PASSED : ApplicationStatus.FAILED, text, me);
        orders.close(order.id(), passed ? RectificationOrders.Result.PASSED : RectificationOrders.Result.REVOKED);
        if (!passed) {
            designations.revoke(report.designationId(), RevocationCategory.FAILED_AFTER_RECTIFICATION, text,
                    LocalDate.now(clock), me);
        }
        events.publishEvent(new SupervisionChanged(SupervisionAction.RECTIFICATION_DECIDED, "application:" + reportId,
                (passed ? "PASSED: " : "REVOKED: ") + text));
    }

    /**
     * The park refused to rectify, or let the deadline pass without its report: the title is revoked.
     * A missed deadline is accepted only once the deadline has passed with no report received.
     */
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional
    public void revokeUnrectified(long orderId, RevocationCategory category, String reasons, AccountPrincipal me) {
        String text = opinion(reasons);
        if (category != RevocationCategory.REFUSED_RECTIFICATION
                && category != RevocationCategory.MISSED_RECTIFICATION_DEADLINE) {
            throw new DomainException("rectification.wrongCategory");
        }
        RectificationOrders.Order order = orders.find(orderId).filter(o -> o.result() == null)
                .orElseThrow(() -> new NotFoundException("order " + orderId));
        if (category == RevocationCategory.MISSED_RECTIFICATION_DEADLINE) {
            ReportFacts report = reports.find(order.reportId()).orElseThrow();
            if (!LocalDate.now(clock).isAfter(order.deadline()) || report.period().receivedOn() != null) {
                throw new DomainException("rectification.deadlineNotMissed", order.deadline());
            }
        }
        orders.close(orderId, RectificationOrders.Result.REVOKED);
        designations.revoke(order.designationId(), category, text, LocalDate.now(clock), me);
        events.publishEvent(new SupervisionChanged(SupervisionAction.TITLE_REVOKED_UNRECTIFIED, "order:" + orderId,
                category + ": " + text));
    }

    /** Fraud found in a report (§7.1): the report ends and the title is revoked at once, in public. */
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional
    public void fraud(long reportId, String reasons, AccountPrincipal me) {
        String text = opinion(reasons);
        ReportFacts report = reports.find(reportId).filter(r -> RECEIVED.contains(r.status()))
                .orElseThrow(() -> new NotFoundException("report " + reportId));
        requireInForce(report);
        outcomes.apply(reportId, Outcome.TERMINATE_FOR_FRAUD);
        designations.revoke(report.designationId(), RevocationCategory.FRAUD, text, LocalDate.now(clock), me);
        events.publishEvent(new SupervisionChanged(SupervisionAction.REPORT_FRAUD, "application:" + reportId, text));
    }

    /** A decision recorded on a report, as its readers see it. */
    public record Decided(ApplicationStatus outcome, String opinion, String decidedBy, LocalDate decidedOn) {
    }

    @Transactional(readOnly = true)
    public Optional<Decided> decisionOn(long reportId) {
        return jdbc.sql("SELECT outcome, opinion, decided_by, decided_on FROM report_decision WHERE report_id = ?")
                .param(reportId).query((rs, n) -> new Decided(ApplicationStatus.valueOf(rs.getString(1)),
                        rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class))).optional();
    }

    private ReportFacts received(long reportId, DossierKind kind) {
        ReportFacts report = reports.find(reportId).filter(r -> r.kind() == kind)
                .orElseThrow(() -> new NotFoundException("report " + reportId));
        if (report.status() != ApplicationStatus.FORWARDED) {
            throw new DomainException("application.wrongState");
        }
        requireInForce(report);
        return report;
    }

    /** A title already revoked has nothing left to decide. */
    private void requireInForce(ReportFacts report) {
        if (designations.title(report.designationId()).filter(Designations.Title::inForce).isEmpty()) {
            throw new DomainException("revocation.notInForce");
        }
    }

    /** A revoked title, however it was revoked, leaves no rectification open. */
    @EventListener
    void on(TitleRevoked revoked) {
        orders.closeOpen(revoked.designationId());
    }

    /** A rated report is decided only on its panel's signed conclusion. */
    private ReportFacts concluded(long reportId, DossierKind kind) {
        ReportFacts report = received(reportId, kind);
        if (ratings.conclusionOf(reportId).isEmpty()) {
            throw new DomainException("supervision.panelNotConcluded");
        }
        return report;
    }

    private void record(ReportFacts report, ApplicationStatus outcome, String opinion, AccountPrincipal me) {
        jdbc.sql("INSERT INTO report_decision (report_id, designation_id, report_kind, outcome, opinion, decided_by,"
                + " decided_on, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(report.id(), report.designationId(), report.kind().name(), outcome.name(), opinion,
                        me.loginName(), Date.valueOf(LocalDate.now(clock)), Timestamp.from(clock.instant()))
                .update();
    }

    private static String opinion(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_OPINION) {
            throw new DomainException("supervision.opinionRequired", MAX_OPINION);
        }
        return stripped;
    }
}
