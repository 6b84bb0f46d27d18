package cn.js.pilotzone.panel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.application.ForwardedCases;
import cn.js.pilotzone.application.ForwardedCases.CaseFacts;
import cn.js.pilotzone.application.ForwardedCases.KeyFigures;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.identity.AccountDirectory;
import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.panel.domain.Panel;
import cn.js.pilotzone.panel.domain.PanelConclusion;
import cn.js.pilotzone.panel.domain.PanelConclusionRepository;
import cn.js.pilotzone.panel.domain.PanelMember;
import cn.js.pilotzone.panel.domain.PanelMemberRepository;
import cn.js.pilotzone.panel.domain.PanelRepository;
import cn.js.pilotzone.panel.domain.Rating;
import cn.js.pilotzone.panel.domain.RatingRepository;
import cn.js.pilotzone.panel.domain.RatingSheet;
import cn.js.pilotzone.panel.domain.RatingSheetRepository;
import cn.js.pilotzone.rubric.Indicator;
import cn.js.pilotzone.rubric.Rubric;
import cn.js.pilotzone.rubric.Rubrics;

/**
 * Rating and concluding. Each expert who declared no conflict rates every indicator of the panel's
 * rubric and submits; until then it sees no other expert's ratings. Only the leader can reopen a
 * submitted sheet, and the reopening is recorded. When every sheet is in, the leader sees them side
 * by side and signs the panel's conclusion, with the province's suggestion rule shown beside it.
 */
@Service
public class Ratings {

    private final PanelRepository panels;
    private final PanelMemberRepository members;
    private final RatingSheetRepository sheets;
    private final RatingRepository ratings;
    private final PanelConclusionRepository conclusions;
    private final ForwardedCases cases;
    private final Rubrics rubrics;
    private final AccountDirectory accounts;
    private final SuggestionRule rule;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Ratings(PanelRepository panels, PanelMemberRepository members, RatingSheetRepository sheets,
            RatingRepository ratings, PanelConclusionRepository conclusions, ForwardedCases cases, Rubrics rubrics,
            AccountDirectory accounts, SuggestionRule rule, ApplicationEventPublisher events, Clock clock) {
        this.panels = panels;
        this.members = members;
        this.sheets = sheets;
        this.ratings = ratings;
        this.conclusions = conclusions;
        this.cases = cases;
        this.rubrics = rubrics;
        this.accounts = accounts;
        this.rule = rule;
        this.events = events;
        this.clock = clock;
    }

    /** What one expert gave one indicator. */
    public record Given(Verdict verdict, String comment) {
    }

    /** One expert's sheet as others may see it once they have submitted their own. */
    public record SheetView(long accountId, String expert, boolean submitted, Map<Long, Given> ratings) {
    }

    /**
     * @param others the other experts' sheets; empty until the viewer has submitted its own
     * @param disagreements indicators on which the submitted verdicts differ
     */
    public record RatingPage(long panelId, CaseFacts facts, KeyFigures figures, Rubric rubric, boolean leader,
            SheetView mine, List<SheetView> others, List<Long> disagreements, boolean allSubmitted,
            Optional<PanelConclusion> conclusion, Verdict suggestion, String ruleText) {
    }

    @PreAuthorize("hasRole('EXPERT')")
    @Transactional(readOnly = true)
    public RatingPage page(long panelId, AccountPrincipal me) {
        Panel panel = confirmedPanel(panelId, me);
        Rubric rubric = rubrics.byId(panel.rubricVersionId()).orElseThrow();
        CaseFacts facts = cases.of(panel.applicationId());
        SheetView mine = view(sheets.findByPanelIdAndAccountId(panelId, me.accountId()).orElse(null), me.accountId());
        List<SheetView> all = sheetsOf(panel);
        List<SheetView> others = mine.submitted()
                ? all.stream().filter(s -> s.accountId() != me.accountId()).toList() : List.of();
        List<SheetView> submitted = all.stream().filter(SheetView::submitted).toList();
        List<Long> disagreements = rubric.indicators().stream().map(Indicator::id)
                .filter(id -> submitted.stream().map(s -> s.ratings().get(id)).filter(g -> g != null)
                        .map(Given::verdict).distinct().count() > 1)
                .toList();
        boolean allSubmitted = !all.isEmpty() && all.stream().allMatch(SheetView::submitted);
        ConclusionSuggestion suggestion = rule.current();
        return new RatingPage(panelId, facts, cases.figures(panel.applicationId(), panel.versionNumber()).orElse(null), rubric,
                isLeader(panel, me), mine, others, mine.submitted() ? disagreements : List.of(), allSubmitted,
                conclusions.findById(panelId), suggestionFor(facts, suggestion.suggest(verdictsPerIndicator(rubric, submitted))),
                rule.describe(suggestion));
    }

    private static Verdict suggestionFor(CaseFacts facts, Verdict suggested) {
        return facts.kind().isReport() ? suggested.forReport() : suggested;
    }

    /** Saves the expert's ratings as a draft; incomplete is fine until it submits. */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional
    public void save(long panelId, Map<Long, Given> given, AccountPrincipal me) {
        Panel panel = lockedOpenPanel(panelId, me);
        Rubric rubric = rubrics.byId(panel.rubricVersionId()).orElseThrow();
        RatingSheet sheet = sheets.findByPanelIdAndAccountId(panelId, me.accountId())
                .orElseGet(() -> sheets.save(new RatingSheet(panelId, me.accountId())));
        sheet.requireDraft();
        Map<Long, Rating> existing = new LinkedHashMap<>();
        ratings.findBySheetId(sheet.id()).forEach(r -> existing.put(r.indicatorId(), r));
        for (Indicator indicator : rubric.indicators()) {
            Given g = given.get(indicator.id());
            Rating rating = existing.computeIfAbsent(indicator.id(), id -> new Rating(sheet.id(), id));
            String comment = g == null || g.comment() == null ? null : g.comment().strip();
            if (comment != null && comment.length() > Rating.MAX_COMMENT) {
                comment = comment.substring(0, Rating.MAX_COMMENT);
            }
            Verdict verdict = g == null ? null : g.verdict();
            if (verdict != null && !Verdict.RATING_SCALE.contains(verdict)) {
                throw new DomainException("rating.invalidVerdict");
            }
            rating.rate(verdict, comment == null || comment.isEmpty() ? null : comment);
            ratings.save(rating);
        }
    }

    /** Submits the saved sheet, which must rate every indicator; afterwards the others' sheets show. */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional
    public void submit(long panelId, AccountPrincipal me) {
        Panel panel = lockedOpenPanel(panelId, me);
        Rubric rubric = rubrics.byId(panel.rubricVersionId()).orElseThrow();
        RatingSheet sheet = sheets.findByPanelIdAndAccountId(panelId, me.accountId())
                .orElseThrow(() -> new DomainException("rating.incomplete", rubric.indicators().size()));
        sheet.requireDraft();
        long rated = ratings.findBySheetId(sheet.id()).stream().filter(r -> r.verdict() != null).count();
        if (rated < rubric.indicators().size()) {
            throw new DomainException("rating.incomplete", rubric.indicators().size() - rated);
        }
        sheet.submit(clock.instant());
        events.publishEvent(new PanelChanged(PanelAction.RATINGS_SUBMITTED, "panel:" + panelId,
                "expert=" + me.accountId() + " " + summary(ratings.findBySheetId(sheet.id()))));
        if (sheetsOf(panel).stream().allMatch(SheetView::submitted)) {
            CaseFacts facts = cases.of(panel.applicationId());
            events.publishEvent(new PanelProgress(PanelProgress.Step.READY_TO_CONCLUDE, panel.applicationId(),
                    facts.parkName(), panel.leaderAccountId(), facts.kind().isReport()));
        }
    }

    /** The leader sends a submitted sheet back to its expert; recorded, and the conclusion must wait. */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional
    public void reopen(long panelId, long expertAccountId, AccountPrincipal me) {
        Panel panel = lockedOpenPanel(panelId, me);
        if (!isLeader(panel, me)) {
            throw new DomainException("rating.leaderOnly");
        }
        if (conclusions.existsById(panelId)) {
            throw new DomainException("rating.concluded");
        }
        RatingSheet sheet = sheets.findByPanelIdAndAccountId(panelId, expertAccountId)
                .orElseThrow(() -> new NotFoundException("sheet"));
        sheet.reopen(me.loginName(), clock.instant());
        events.publishEvent(new PanelChanged(PanelAction.RATINGS_REOPENED, "panel:" + panelId,
                "expert=" + expertAccountId));
    }

    /** The leader records and signs the panel's opinion and conclusion once every sheet is in. */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional
    public void conclude(long panelId, Verdict verdict, String opinion, AccountPrincipal me) {
        Panel panel = lockedOpenPanel(panelId, me);
        if (!isLeader(panel, me)) {
            throw new DomainException("rating.leaderOnly");
        }
        String text = opinion == null ? "" : opinion.strip();
        boolean report = cases.of(panel.applicationId()).kind().isReport();
        if (verdict == null || text.isEmpty() || text.length() > PanelConclusion.MAX_OPINION
                || !Verdict.conclusions(report).contains(verdict)) {
            throw new DomainException("conclusion.required", PanelConclusion.MAX_OPINION);
        }
        if (conclusions.existsById(panelId)) {
            throw new DomainException("rating.concluded");
        }
        List<SheetView> all = sheetsOf(panel);
        if (all.isEmpty() || !all.stream().allMatch(SheetView::submitted)) {
            throw new DomainException("conclusion.waiting");
        }
        Rubric rubric = rubrics.byId(panel.rubricVersionId()).orElseThrow();
        ConclusionSuggestion suggestion = rule.current();
        Verdict suggested = suggestion.suggest(verdictsPerIndicator(rubric, all));
        conclusions.save(new PanelConclusion(panelId, verdict, text, report ? suggested.forReport() : suggested,
                rule.describe(suggestion), me.loginName(), LocalDate.now(clock), clock.instant()));
        events.publishEvent(new PanelProgress(PanelProgress.Step.CONCLUDED, panel.applicationId(),
                cases.of(panel.applicationId()).parkName(), panel.leaderAccountId(), report));
        events.publishEvent(new PanelChanged(PanelAction.PANEL_CONCLUDED, "application:" + panel.applicationId(),
                "panel=" + panelId + " verdict=" + verdict + ": " + text));
    }

    /** A signed conclusion as the province reads it before deciding. */
    public record ConclusionView(Verdict verdict, String opinion, Verdict suggested, String ruleText, String leader,
            LocalDate signedOn) {
    }

    /** The conclusion of an application's panel, once signed, for the province's decision. */
    @Transactional(readOnly = true)
    public Optional<ConclusionView> conclusionOf(long applicationId) {
        return panels.findByApplicationId(applicationId).flatMap(p -> conclusions.findById(p.id()))
                .map(c -> new ConclusionView(c.verdict(), c.opinion(), c.suggested(), c.ruleText(), c.leader(),
                        c.signedOn()));
    }

    /** Each indicator's verdict and comment, as the audit log keeps a submitted sheet. */
    private static String summary(List<Rating> sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(r -> text.append(r.indicatorId()).append('=').append(r.verdict())
                .append(r.comment() == null ? "" : "(" + r.comment() + ")").append(' '));
        return text.toString().strip();
    }

    /**
     * The panel locked for the rest of the transaction, so that its sheets change one at a time, and
     * only while the case still waits for the experts.
     */
    private Panel lockedOpenPanel(long panelId, AccountPrincipal me) {
        Panel panel = panels.findForUpdate(panelId).orElseThrow(() -> new NotFoundException("panel " + panelId));
        confirmedPanel(panelId, me);
        if (cases.of(panel.applicationId()).status() != cn.js.pilotzone.application.ApplicationStatus.FORWARDED) {
            throw new DomainException("application.wrongState");
        }
        return panel;
    }

    private Panel confirmedPanel(long panelId, AccountPrincipal me) {
        Panel panel = panels.findById(panelId).orElseThrow(() -> new NotFoundException("panel " + panelId));
        members.findByPanelIdAndAccountId(panelId, me.accountId())
                .filter(m -> m.state() == PanelMember.State.CONFIRMED)
                .orElseThrow(() -> new NotFoundException("panel " + panelId));
        return panel;
    }

    private static boolean isLeader(Panel panel, AccountPrincipal me) {
        return Long.valueOf(me.accountId()).equals(panel.leaderAccountId());
    }

    /** The sheets of every expert still on the panel, submitted or not. */
    private List<SheetView> sheetsOf(Panel panel) {
        List<SheetView> views = new ArrayList<>();
        for (PanelMember member : members.findByPanelIdOrderById(panel.id())) {
            if (member.state() == PanelMember.State.CONFIRMED) {
                views.add(view(sheets.findByPanelIdAndAccountId(panel.id(), member.accountId()).orElse(null),
                        member.accountId()));
            } else if (member.state() == PanelMember.State.INVITED) {
                views.add(view(null, member.accountId()));
            }
        }
        return views;
    }

    private SheetView view(RatingSheet sheet, long accountId) {
        Map<Long, Given> given = new LinkedHashMap<>();
        if (sheet != null) {
            ratings.findBySheetId(sheet.id()).forEach(r -> given.put(r.indicatorId(), new Given(r.verdict(), r.comment())));
        }
        String name = accounts.person(accountId).map(p -> p.displayName()).orElse("-");
        return new SheetView(accountId, name, sheet != null && sheet.submitted(), given);
    }

    private static List<List<Verdict>> verdictsPerIndicator(Rubric rubric, List<SheetView> sheets) {
        return rubric.indicators().stream().map(i -> sheets.stream().map(s -> s.ratings().get(i.id()))
                .filter(g -> g != null && g.verdict() != null).map(Given::verdict).toList()).toList();
    }
}
