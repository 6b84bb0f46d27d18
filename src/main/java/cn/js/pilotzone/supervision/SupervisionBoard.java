package cn.js.pilotzone.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.application.ApplicationStatus;
import cn.js.pilotzone.application.DossierKind;
import cn.js.pilotzone.application.Reports;
import cn.js.pilotzone.application.Reports.ReportFacts;
import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.designation.Designations;
import cn.js.pilotzone.designation.Designations.Title;
import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.identity.ParkDirectory;
import cn.js.pilotzone.identity.Role;
import cn.js.pilotzone.workspace.TodoItem;
import cn.js.pilotzone.workspace.TodoProvider;

/**
 * What the province and the cities watch: reports waiting for a decision, reports overdue or late,
 * rectification orders under way, and the next re-evaluation of each title. A city sees its own
 * jurisdiction's parks only; a park sees its own titles. One title's whole life is its history.
 */
@Service
public class SupervisionBoard implements TodoProvider {

    private static final EnumSet<DossierKind> REPORT_KINDS = EnumSet.of(DossierKind.ANNUAL_REPORT,
            DossierKind.RE_EVALUATION, DossierKind.RECTIFICATION);

    private final Reports reports;
    private final Designations designations;
    private final RectificationOrders orders;
    private final ReportDecisions decisions;
    private final ParkDirectory parks;
    private final JdbcClient jdbc;
    private final Clock clock;

    SupervisionBoard(Reports reports, Designations designations, RectificationOrders orders, ReportDecisions decisions,
            ParkDirectory parks, JdbcClient jdbc, Clock clock) {
        this.reports = reports;
        this.designations = designations;
        this.orders = orders;
        this.decisions = decisions;
        this.parks = parks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A title in force with the day its next re-evaluation opens. */
    public record TitleLine(Title title, String jurisdictionCode, LocalDate nextReEvaluation) {
    }

    /** An order under way, and whether its deadline has passed with no report received. */
    public record OrderLine(long id, long designationId, String parkName, String shortcomings, LocalDate deadline,
            long reportId, boolean missed) {
    }

    public record Board(List<ReportFacts> awaitingProvince, List<ReportFacts> overdue, List<ReportFacts> late,
            List<OrderLine> orders, List<TitleLine> titles) {
    }

    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_REVIEWER', 'APPLICANT')")
    @Transactional(readOnly = true)
    public Board board(AccountPrincipal me) {
        List<ReportFacts> all = reports.inStates(REPORT_KINDS, EnumSet.allOf(ApplicationStatus.class)).stream()
                .filter(r -> sees(me, r.parkOrganisationId(), r.jurisdictionCode())).toList();
        List<ReportFacts> awaiting = me.hasRole(Role.PROVINCE_ADMIN)
                ? all.stream().filter(r -> r.status() == ApplicationStatus.FORWARDED).toList() : List.of();
        Set<Long> inForce = designations.titlesInForce().stream().map(Title::id).collect(Collectors.toSet());
        List<ReportFacts> overdue = all.stream().filter(r -> r.period().overdue()
                && inForce.contains(r.designationId())).toList();
        List<ReportFacts> late = all.stream().filter(r -> r.period().late()).toList();
        List<TitleLine> titles = designations.titlesInForce().stream()
                .map(t -> new TitleLine(t, parks.jurisdiction(t.parkOrganisationId()),
                        ReportSchedule.nextReEvaluation(t.designatedOn(), lastReEvaluation(t.id()))))
                .filter(t -> sees(me, t.title().parkOrganisationId(), t.jurisdictionCode()))
                .sorted(Comparator.comparing(TitleLine::nextReEvaluation)).toList();
        return new Board(awaiting, overdue, late, openOrders(me), titles);
    }

    /** The rectification orders under way that the caller may see. */
    private List<OrderLine> openOrders(AccountPrincipal me) {
        List<OrderLine> open = new ArrayList<>();
        for (RectificationOrders.Order o : orders.open()) {
            Title title = designations.title(o.designationId()).orElseThrow();
            if (sees(me, title.parkOrganisationId(), parks.jurisdiction(title.parkOrganisationId()))) {
                boolean received = reports.find(o.reportId()).map(r -> r.period().receivedOn() != null).orElse(false);
                open.add(new OrderLine(o.id(), o.designationId(), title.parkName(), o.shortcomings(), o.deadline(),
                        o.reportId(), !received && LocalDate.now(clock).isAfter(o.deadline())));
            }
        }
        return open;
    }

    /** A report as the province decides it: its facts, the decision if taken, the order it answers. */
    public record ReportCase(ReportFacts report, Optional<ReportDecisions.Decided> decision,
            Optional<RectificationOrders.Order> order) {
    }

    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional(readOnly = true)
    public ReportCase reportCase(long reportId) {
        ReportFacts report = reports.find(reportId).filter(r -> ReportDecisions.RECEIVED.contains(r.status()))
                .orElseThrow(() -> new NotFoundException("report " + reportId));
        return new ReportCase(report, decisions.decisionOn(reportId), orders.ofReport(reportId));
    }

    /** One title's life in the order it happened, for its park, its city and the province. */
    public record History(Title title, List<Entry> entries) {
    }

    /** One step of a title's life; only the parts of its kind are set. */
    public record Entry(LocalDate on, Step step, ReportFacts report, ReportDecisions.Decided decision,
            RectificationOrders.Order order) {
    }

    /** In the order steps of one day follow each other. */
    public enum Step {
        DESIGNATED, ORDER, REPORT, REVOKED
    }

    /** Anyone but the park, its city and the province is told the title does not exist. */
    @Transactional(readOnly = true)
    public History history(long designationId, AccountPrincipal me) {
        Title title = designations.title(designationId)
                .filter(t -> sees(me, t.parkOrganisationId(), parks.jurisdiction(t.parkOrganisationId())))
                .orElseThrow(() -> new NotFoundException("designation " + designationId));
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(title.designatedOn(), Step.DESIGNATED, null, null, null));
        for (ReportFacts report : reports.ofDesignation(designationId)) {
            entries.add(new Entry(report.openedOn(), Step.REPORT, report, decisions.decisionOn(report.id()).orElse(null),
                    null));
        }
        orders.ofDesignation(designationId).forEach(o -> entries.add(new Entry(o.orderedOn(), Step.ORDER, null, null, o)));
        if (title.revokedOn() != null) {
            entries.add(new Entry(title.revokedOn(), Step.REVOKED, null, null, null));
        }
        // On one day the order comes before the rectification report it opens.
        entries.sort(Comparator.comparing(Entry::on).thenComparing(Entry::step));
        return new History(title, entries);
    }

    /**
     * The province files the annual reports its cities have approved, and acts on rectification
     * deadlines that passed with no report.
     */
    @Override
    @Transactional(readOnly = true)
    public List<TodoItem> todosForCurrentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal me)
                || !me.hasRole(Role.PROVINCE_ADMIN)) {
            return List.of();
        }
        List<TodoItem> items = new ArrayList<>();
        reports.inStates(EnumSet.of(DossierKind.ANNUAL_REPORT), EnumSet.of(ApplicationStatus.FORWARDED))
                .forEach(r -> items.add(new TodoItem("todo.fileReport", List.of(r.parkName(),
                        String.valueOf(r.period().year())), "/supervision/reports/" + r.id(), null)));
        openOrders(me).stream().filter(OrderLine::missed).forEach(o -> items.add(new TodoItem(
                "todo.rectificationMissed", List.of(o.parkName()), "/supervision#order-" + o.id(), o.deadline())));
        return items;
    }

    Optional<LocalDate> lastReEvaluation(long designationId) {
        return jdbc.sql("SELECT MAX(decided_on) FROM report_decision WHERE designation_id = ? AND report_kind = ?")
                .params(designationId, DossierKind.RE_EVALUATION.name()).query(LocalDate.class).optional();
    }

    private boolean sees(AccountPrincipal me, long parkOrganisationId, String jurisdictionCode) {
        if (me.hasRole(Role.PROVINCE_ADMIN)) {
            return true;
        }
        if (me.hasRole(Role.CITY_REVIEWER)) {
            return me.jurisdictionCode() != null && me.jurisdictionCode().equals(jurisdictionCode);
        }
        return me.hasRole(Role.APPLICANT) && me.organisationId() == parkOrganisationId;
    }
}
