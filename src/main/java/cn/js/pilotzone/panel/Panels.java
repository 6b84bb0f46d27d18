package cn.js.pilotzone.panel;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.application.AssignedReaders;
import cn.js.pilotzone.application.ForwardedCases;
import cn.js.pilotzone.application.ForwardedCases.CaseFacts;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.identity.Role;
import cn.js.pilotzone.panel.ConflictOfInterestPolicy.Conflict;
import cn.js.pilotzone.panel.ExpertPool.Expert;
import cn.js.pilotzone.panel.domain.Panel;
import cn.js.pilotzone.panel.domain.PanelMember;
import cn.js.pilotzone.panel.domain.PanelMemberRepository;
import cn.js.pilotzone.panel.domain.PanelRepository;
import cn.js.pilotzone.rubric.Rubrics;
import cn.js.pilotzone.workspace.TodoItem;
import cn.js.pilotzone.workspace.TodoProvider;

/**
 * Panels: the province forms one for each application it received, by hand or from a random draw by
 * expertise; no expert with a detected or declared conflict can be put on it. Each expert then
 * confirms having no conflict before the case opens to it, or declines with a reason, and a
 * replacement is drawn at random in its place.
 */
@Service
public class Panels implements AssignedReaders, TodoProvider {

    /** Fewer than three experts would not be a panel; the standard sets no size. */
    public static final int MIN_MEMBERS = 3;
    public static final int MAX_MEMBERS = 9;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ForwardedCases cases;
    private final ExpertPool pool;
    private final PanelRepository panels;
    private final PanelMemberRepository members;
    private final Rubrics rubrics;
    private final PanelWork work;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Panels(ForwardedCases cases, ExpertPool pool, PanelRepository panels, PanelMemberRepository members,
            Rubrics rubrics, PanelWork work, ApplicationEventPublisher events, Clock clock) {
        this.work = work;
        this.cases = cases;
        this.pool = pool;
        this.panels = panels;
        this.members = members;
        this.rubrics = rubrics;
        this.events = events;
        this.clock = clock;
    }

    /** An expert as the panel page shows it for one case: whether it may sit, and why not. */
    public record Candidate(Expert expert, Optional<Conflict> conflict) {

        public boolean eligible() {
            return expert.checkable() && conflict.isEmpty();
        }
    }

    public record MemberView(long accountId, String displayName, String organisationName, PanelMember.State state,
            String declineReason, boolean leader) {
    }

    public record PanelView(long panelId, int version, Long leaderAccountId, List<MemberView> members) {

        public boolean open() {
            return leaderAccountId != null
                    && members.stream().filter(m -> m.state() != PanelMember.State.DECLINED)
                            .allMatch(m -> m.state() == PanelMember.State.CONFIRMED);
        }
    }

    public record CaseRow(CaseFacts facts, Optional<PanelView> panel) {
    }

    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional(readOnly = true)
    public List<CaseRow> cases() {
        return cases.all().stream().filter(f -> f.kind().ratedByPanel()).map(f -> new CaseRow(f, panelOf(f.applicationId()))).toList();
    }

    public record FormingPage(CaseFacts facts, List<Candidate> candidates, Optional<PanelView> panel) {
    }

    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional(readOnly = true)
    public FormingPage forming(long applicationId) {
        CaseFacts facts = cases.of(applicationId);
        return new FormingPage(facts, candidates(facts), panelOf(applicationId));
    }

    /** Proposes {@code size} eligible experts at random, preferring those with any of the fields asked for. */
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional(readOnly = true)
    public List<Long> draw(long applicationId, Collection<Expertise> fields, int size) {
        if (size < MIN_MEMBERS || size > MAX_MEMBERS) {
            throw new DomainException("panel.size", MIN_MEMBERS, MAX_MEMBERS);
        }
        CaseFacts facts = awaitingPanel(applicationId);
        List<Candidate> eligible = new ArrayList<>(candidates(facts).stream().filter(Candidate::eligible)
                .filter(c -> fields.isEmpty() || c.expert().expertise().stream().anyMatch(fields::contains)).toList());
        if (eligible.size() < size) {
            throw new DomainException("panel.notEnoughExperts", size, eligible.size());
        }
        Collections.shuffle(eligible, RANDOM);
        return eligible.subList(0, size).stream().map(c -> c.expert().person().accountId()).toList();
    }

    /** Forms the panel and invites its experts; each still has to confirm having no conflict. */
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional
    public void form(long applicationId, Collection<Long> chosen, Long leader, AccountPrincipal me) {
        CaseFacts facts = awaitingPanel(applicationId);
        Set<Long> experts = new LinkedHashSet<>(chosen);
        if (experts.size() < MIN_MEMBERS || experts.size() > MAX_MEMBERS) {
            throw new DomainException("panel.size", MIN_MEMBERS, MAX_MEMBERS);
        }
        if (leader == null || !experts.contains(leader)) {
            throw new DomainException("panel.leaderNotMember");
        }
        if (panels.existsByApplicationId(applicationId)) {
            throw new DomainException("panel.exists");
        }
        List<Candidate> candidates = candidates(facts);
        for (long id : experts) {
            Candidate candidate = candidates.stream().filter(c -> c.expert().person().accountId() == id).findFirst()
                    .orElseThrow(() -> new DomainException("panel.notAnExpert"));
            if (!candidate.eligible()) {
                throw new DomainException("panel.conflicted", candidate.expert().person().displayName());
            }
        }
        Panel panel = panels.save(new Panel(applicationId, facts.version(),
                rubrics.inForce(facts.kind().isReport() ? Rubrics.RE_EVALUATION : Rubrics.EVALUATION,
                        LocalDate.now(clock)).id(), leader, me.loginName(), clock.instant()));
        experts.forEach(id -> {
            members.save(new PanelMember(panel.id(), id, clock.instant()));
            events.publishEvent(new ExpertInvited(id, applicationId, facts.parkName()));
        });
        events.publishEvent(new PanelChanged(PanelAction.PANEL_FORMED, "application:" + applicationId,
                "panel=" + panel.id() + " experts=" + experts + " leader=" + leader));
    }

    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional
    public void appointLeader(long applicationId, long accountId, AccountPrincipal me) {
        Panel panel = panels.findByApplicationId(applicationId).flatMap(p -> panels.findForUpdate(p.id()))
                .orElseThrow(() -> new NotFoundException("panel of " + applicationId));
        PanelMember member = members.findByPanelIdAndAccountId(panel.id(), accountId)
                .filter(m -> m.state() != PanelMember.State.DECLINED)
                .orElseThrow(() -> new DomainException("panel.leaderNotMember"));
        panel.appointLeader(member.accountId());
        events.publishEvent(new PanelChanged(PanelAction.PANEL_LEADER_APPOINTED, "application:" + applicationId,
                "leader=" + accountId));
    }

    /** An expert's view of a case it was asked to judge, with what it needs to see a conflict of its own. */
    public record Assignment(long panelId, CaseFacts facts, PanelMember.State state, boolean leader) {
    }

    @PreAuthorize("hasRole('EXPERT')")
    @Transactional(readOnly = true)
    public List<Assignment> mine(AccountPrincipal me) {
        return members.findByAccountIdOrderByIdDesc(me.accountId()).stream()
                .map(m -> {
                    Panel panel = panels.findById(m.panelId()).orElseThrow();
                    return new Assignment(panel.id(), cases.of(panel.applicationId()), m.state(),
                            Long.valueOf(me.accountId()).equals(panel.leaderAccountId()));
                }).toList();
    }

    /** The expert declares no conflict; checked again against what the pool knows now. */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional
    public void confirm(long panelId, AccountPrincipal me) {
        Panel panel = panels.findForUpdate(panelId).orElseThrow(() -> new NotFoundException("panel " + panelId));
        PanelMember member = memberOf(panel, me);
        Expert expert = pool.expert(me.accountId()).orElseThrow(() -> new NotFoundException("expert"));
        if (expert.checkable()) {
            Optional<Conflict> conflict = ConflictOfInterestPolicy.check(expert.ties(), cases.of(panel.applicationId()));
            if (conflict.isPresent()) {
                throw new DomainException(conflict.get().messageKey(), conflict.get().argument());
            }
        }
        member.confirmNoConflict(clock.instant());
        events.publishEvent(new PanelChanged(PanelAction.EXPERT_CONFIRMED, "panel:" + panelId, "no conflict"));
    }

    /** The expert declines with a reason; another eligible expert is drawn at random in its place. */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional
    public Optional<Long> decline(long panelId, String reason, AccountPrincipal me) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > PanelMember.MAX_REASON) {
            throw new DomainException("panel.reasonRequired", PanelMember.MAX_REASON);
        }
        Panel panel = panels.findForUpdate(panelId).orElseThrow(() -> new NotFoundException("panel " + panelId));
        PanelMember member = memberOf(panel, me);
        awaitingPanel(panel.applicationId());
        member.decline(text, clock.instant());
        if (Long.valueOf(me.accountId()).equals(panel.leaderAccountId())) {
            panel.leaderLeft();
        }
        events.publishEvent(new PanelChanged(PanelAction.EXPERT_DECLINED, "panel:" + panelId, text));
        Set<Long> asked = members.findByPanelIdOrderById(panelId).stream().map(PanelMember::accountId)
                .collect(Collectors.toSet());
        List<Candidate> replacements = new ArrayList<>(candidates(cases.of(panel.applicationId())).stream()
                .filter(Candidate::eligible).filter(c -> !asked.contains(c.expert().person().accountId())).toList());
        if (replacements.isEmpty()) {
            return Optional.empty();
        }
        long replacement = replacements.get(RANDOM.nextInt(replacements.size())).expert().person().accountId();
        members.save(new PanelMember(panelId, replacement, clock.instant()));
        events.publishEvent(new ExpertInvited(replacement, panel.applicationId(), cases.of(panel.applicationId()).parkName()));
        events.publishEvent(new PanelChanged(PanelAction.EXPERT_INVITED, "panel:" + panelId,
                "replacement=" + replacement));
        return Optional.of(replacement);
    }

    /** Only experts who declared no conflict see the case itself. */
    @Override
    @Transactional(readOnly = true)
    public boolean mayRead(long applicationId, long accountId) {
        return panels.findByApplicationId(applicationId)
                .flatMap(p -> members.findByPanelIdAndAccountId(p.id(), accountId))
                .filter(m -> m.state() == PanelMember.State.CONFIRMED).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TodoItem> todosForCurrentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal me)) {
            return List.of();
        }
        if (me.hasRole(Role.EXPERT)) {
            List<TodoItem> items = new ArrayList<>();
            for (PanelMember m : members.findByAccountIdOrderByIdDesc(me.accountId())) {
                Panel panel = panels.findById(m.panelId()).orElseThrow();
                String park = cases.of(panel.applicationId()).parkName();
                if (m.state() == PanelMember.State.INVITED) {
                    items.add(new TodoItem("todo.panelInvitation", List.of(park), "/panel-tasks", null));
                } else if (m.state() == PanelMember.State.CONFIRMED && !work.doneBy(panel.id(), me.accountId())) {
                    items.add(new TodoItem("todo.rate", List.of(park), "/panel-tasks/" + panel.id() + "/rating", null));
                } else if (Long.valueOf(me.accountId()).equals(panel.leaderAccountId()) && work.readyToConclude(panel.id())) {
                    items.add(new TodoItem("todo.conclude", List.of(park), "/panel-tasks/" + panel.id() + "/rating", null));
                }
            }
            return items;
        }
        if (me.hasRole(Role.PROVINCE_ADMIN)) {
            List<TodoItem> items = new ArrayList<>();
            for (CaseFacts f : cases.all()) {
                if (f.status() != cn.js.pilotzone.application.ApplicationStatus.FORWARDED || !f.kind().ratedByPanel()) {
                    continue;
                }
                Optional<Panel> panel = panels.findByApplicationId(f.applicationId());
                String decideAt = f.kind().isReport() ? "/supervision/reports/" : "/decisions/";
                if (panel.isEmpty()) {
                    items.add(new TodoItem("todo.formPanel", List.of(f.parkName()), "/panels/" + f.applicationId(), null));
                } else if (work.concluded(panel.get().id())) {
                    items.add(new TodoItem("todo.decide", List.of(f.parkName()), decideAt + f.applicationId(), null));
                }
            }
            return items;
        }
        return List.of();
    }

    /**
     * Panels are formed and changed only while the case waits for the experts' judgement; an annual
     * report is filed, never rated.
     */
    private CaseFacts awaitingPanel(long applicationId) {
        CaseFacts facts = cases.of(applicationId);
        if (facts.status() != cn.js.pilotzone.application.ApplicationStatus.FORWARDED || !facts.kind().ratedByPanel()) {
            throw new DomainException("application.wrongState");
        }
        return facts;
    }

    private PanelMember memberOf(Panel panel, AccountPrincipal me) {
        return members.findByPanelIdAndAccountId(panel.id(), me.accountId())
                .orElseThrow(() -> new NotFoundException("panel " + panel.id()));
    }

    private List<Candidate> candidates(CaseFacts facts) {
        return pool.all().stream().map(e -> new Candidate(e,
                e.checkable() ? ConflictOfInterestPolicy.check(e.ties(), facts) : Optional.empty())).toList();
    }

    private Optional<PanelView> panelOf(long applicationId) {
        return panels.findByApplicationId(applicationId).map(p -> new PanelView(p.id(), p.versionNumber(),
                p.leaderAccountId(), members.findByPanelIdOrderById(p.id()).stream().map(m -> {
                    var person = pool.expert(m.accountId()).map(Expert::person);
                    return new MemberView(m.accountId(), person.map(x -> x.displayName()).orElse("-"),
                            person.map(x -> x.organisationName()).orElse("-"), m.state(), m.declineReason(),
                            Long.valueOf(m.accountId()).equals(p.leaderAccountId()));
                }).toList()));
    }
}
