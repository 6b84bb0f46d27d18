package cn.js.pilotzone.application.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.util.ReflectionTestUtils;

import cn.js.pilotzone.application.ApplicationStatus;
import cn.js.pilotzone.application.DossierKind;
import cn.js.pilotzone.application.form.IndicatorFigures;
import cn.js.pilotzone.application.form.SpecialisationShare;
import cn.js.pilotzone.common.DomainException;

/**
 * Every transition of an application and of each kind of report, tried from every state it can reach:
 * only the ones in turn are allowed, and a refused one changes nothing.
 */
class ApplicationTransitionsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    private static final Map<String, Consumer<Application>> ACTIONS = new LinkedHashMap<>();

    static {
        ACTIONS.put("submit", a -> a.submit(record(), NOW));
        ACTIONS.put("withdraw", Application::withdraw);
        ACTIONS.put("returnForRevision", Application::returnForRevision);
        ACTIONS.put("recommend", Application::recommend);
        ACTIONS.put("notRecommend", Application::notRecommend);
        ACTIONS.put("forward", Application::forward);
        ACTIONS.put("approveForNotice", Application::approveForNotice);
        ACTIONS.put("reject", Application::reject);
        ACTIONS.put("terminateForFraud", Application::terminateForFraud);
        ACTIONS.put("veto", Application::veto);
        ACTIONS.put("designate", Application::designate);
        ACTIONS.put("approveReport", Application::approveReport);
        ACTIONS.put("file", Application::file);
        ACTIONS.put("pass", Application::pass);
        ACTIONS.put("fail", Application::fail);
    }

    /** How to reach each state from a fresh draft. */
    private static final Map<ApplicationStatus, List<String>> PATHS = new EnumMap<>(ApplicationStatus.class);

    static {
        PATHS.put(ApplicationStatus.DRAFT, List.of());
        PATHS.put(ApplicationStatus.SUBMITTED, List.of("submit"));
        PATHS.put(ApplicationStatus.RETURNED, List.of("submit", "returnForRevision"));
        PATHS.put(ApplicationStatus.RECOMMENDED, List.of("submit", "recommend"));
        PATHS.put(ApplicationStatus.NOT_RECOMMENDED, List.of("submit", "notRecommend"));
        PATHS.put(ApplicationStatus.FORWARDED, List.of("submit", "recommend", "forward"));
        PATHS.put(ApplicationStatus.IN_NOTICE, List.of("submit", "recommend", "forward", "approveForNotice"));
        PATHS.put(ApplicationStatus.REJECTED, List.of("submit", "recommend", "forward", "reject"));
        PATHS.put(ApplicationStatus.TERMINATED, List.of("submit", "terminateForFraud"));
        PATHS.put(ApplicationStatus.VETOED, List.of("submit", "veto"));
        PATHS.put(ApplicationStatus.DESIGNATED, List.of("submit", "recommend", "forward", "approveForNotice", "designate"));
    }

    /** The transitions in turn from each state; everything else must be refused. */
    private static final Map<ApplicationStatus, Set<String>> ALLOWED = new EnumMap<>(ApplicationStatus.class);

    static {
        ALLOWED.put(ApplicationStatus.DRAFT, Set.of("submit"));
        ALLOWED.put(ApplicationStatus.SUBMITTED, Set.of("withdraw", "returnForRevision", "recommend", "notRecommend",
                "terminateForFraud", "veto"));
        ALLOWED.put(ApplicationStatus.RETURNED, Set.of("submit", "terminateForFraud", "veto"));
        ALLOWED.put(ApplicationStatus.RECOMMENDED, Set.of("forward", "terminateForFraud", "veto"));
        ALLOWED.put(ApplicationStatus.NOT_RECOMMENDED, Set.of());
        ALLOWED.put(ApplicationStatus.FORWARDED, Set.of("approveForNotice", "reject", "terminateForFraud", "veto"));
        ALLOWED.put(ApplicationStatus.IN_NOTICE, Set.of("reject", "terminateForFraud", "veto", "designate"));
        ALLOWED.put(ApplicationStatus.REJECTED, Set.of());
        ALLOWED.put(ApplicationStatus.TERMINATED, Set.of());
        ALLOWED.put(ApplicationStatus.VETOED, Set.of());
        ALLOWED.put(ApplicationStatus.DESIGNATED, Set.of());
    }

    /** How a report reaches each of its states; which steps it allows from there. */
    private static final Map<ApplicationStatus, List<String>> REPORT_PATHS = new EnumMap<>(ApplicationStatus.class);
    private static final Map<ApplicationStatus, Set<String>> REPORT_ALLOWED = new EnumMap<>(ApplicationStatus.class);

    static {
        REPORT_PATHS.put(ApplicationStatus.DRAFT, List.of());
        REPORT_PATHS.put(ApplicationStatus.SUBMITTED, List.of("submit"));
        REPORT_PATHS.put(ApplicationStatus.RETURNED, List.of("submit", "returnForRevision"));
        REPORT_PATHS.put(ApplicationStatus.FORWARDED, List.of("submit", "approveReport"));
        REPORT_PATHS.put(ApplicationStatus.TERMINATED, List.of("submit", "terminateForFraud"));
        REPORT_ALLOWED.put(ApplicationStatus.DRAFT, Set.of("submit"));
        REPORT_ALLOWED.put(ApplicationStatus.SUBMITTED, Set.of("withdraw", "returnForRevision", "approveReport",
                "terminateForFraud"));
        REPORT_ALLOWED.put(ApplicationStatus.RETURNED, Set.of("submit", "terminateForFraud"));
        REPORT_ALLOWED.put(ApplicationStatus.TERMINATED, Set.of());
    }

    @ParameterizedTest
    @EnumSource(ApplicationStatus.class)
    void onlyTheTransitionsInTurnAreAllowedFromEachStateOfAnApplication(ApplicationStatus from) {
        if (!PATHS.containsKey(from)) {
            assertThat(from).as("reached by reports only").isIn(ApplicationStatus.FILED, ApplicationStatus.PASSED,
                    ApplicationStatus.FAILED);
            return;
        }
        tryEveryAction(() -> in(from), from, ALLOWED.get(from));
    }

    @ParameterizedTest
    @EnumSource(ApplicationStatus.class)
    void anAnnualReportIsApprovedByTheCityThenFiledAndNeverRated(ApplicationStatus from) {
        Map<ApplicationStatus, List<String>> paths = new EnumMap<>(REPORT_PATHS);
        paths.put(ApplicationStatus.FILED, List.of("submit", "approveReport", "file"));
        Map<ApplicationStatus, Set<String>> allowed = new EnumMap<>(REPORT_ALLOWED);
        allowed.put(ApplicationStatus.FORWARDED, Set.of("file", "terminateForFraud"));
        allowed.put(ApplicationStatus.FILED, Set.of("terminateForFraud"));
        if (paths.containsKey(from)) {
            tryEveryAction(() -> report(DossierKind.ANNUAL_REPORT, paths.get(from)), from, allowed.get(from));
        }
    }

    @ParameterizedTest
    @EnumSource(value = DossierKind.class, names = {"RE_EVALUATION", "RECTIFICATION"})
    void aRatedReportPassesOrFailsOnceForwardedAndCanStillBeFoundFraudulentAfterwards(DossierKind kind) {
        Map<ApplicationStatus, List<String>> paths = new EnumMap<>(REPORT_PATHS);
        paths.put(ApplicationStatus.PASSED, List.of("submit", "approveReport", "pass"));
        paths.put(ApplicationStatus.FAILED, List.of("submit", "approveReport", "fail"));
        Map<ApplicationStatus, Set<String>> allowed = new EnumMap<>(REPORT_ALLOWED);
        allowed.put(ApplicationStatus.FORWARDED, Set.of("pass", "fail", "terminateForFraud"));
        allowed.put(ApplicationStatus.PASSED, Set.of("terminateForFraud"));
        allowed.put(ApplicationStatus.FAILED, Set.of("terminateForFraud"));
        paths.forEach((from, path) -> tryEveryAction(() -> report(kind, path), from, allowed.get(from)));
    }

    @org.junit.jupiter.api.Test
    void aReportTakenBackBeforeTheCityActedCountsAsNotReceivedUntilItIsSubmittedAgain() {
        Application report = report(DossierKind.ANNUAL_REPORT, List.of("submit"));
        assertThat(report.firstSubmittedAt()).isEqualTo(NOW);

        report.withdraw();
        assertThat(report.firstSubmittedAt()).isNull();

        Instant later = NOW.plusSeconds(86_400);
        report.submit(record(), later);
        report.returnForRevision();
        report.submit(record(), later.plusSeconds(86_400));
        assertThat(report.firstSubmittedAt()).as("a return by the city keeps the day it was received").isEqualTo(later);
    }

    private static void tryEveryAction(java.util.function.Supplier<Application> fresh, ApplicationStatus from,
            Set<String> allowedFrom) {
        for (Map.Entry<String, Consumer<Application>> action : ACTIONS.entrySet()) {
            Application application = fresh.get();
            assertThat(application.status()).isEqualTo(from);
            if (allowedFrom.contains(action.getKey())) {
                action.getValue().accept(application);
                assertThat(application.status()).as(from + " -> " + action.getKey()).isNotEqualTo(from);
            } else {
                assertThatThrownBy(() -> action.getValue().accept(application)).as(from + " -> " + action.getKey())
                        .isInstanceOf(DomainException.class);
                assertThat(application.status()).as("unchanged after refused " + action.getKey()).isEqualTo(from);
            }
        }
    }

    private static Application in(ApplicationStatus status) {
        EvaluationRound round = EvaluationRound.open(new RoundDates(2026, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 30), 2, LocalDate.of(2026, 9, 30)), NOW);
        ReflectionTestUtils.setField(round, "id", 1L);
        Application application = Application.start(round, 10, "区块链+供应链金融", "park", NOW);
        ReflectionTestUtils.setField(application, "id", 100L);
        PATHS.get(status).forEach(step -> ACTIONS.get(step).accept(application));
        assertThat(application.status()).isEqualTo(status);
        return application;
    }

    private static Application report(DossierKind kind, List<String> path) {
        Application report = Application.openReport(kind, 7L, 10L, "区块链+供应链金融", 2026, LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 1, 31), null, cn.js.pilotzone.application.form.FormContent.empty(), NOW);
        ReflectionTestUtils.setField(report, "id", 200L);
        path.forEach(step -> ACTIONS.get(step).accept(report));
        return report;
    }

    private static SubmissionRecord record() {
        IndicatorFigures figures = new IndicatorFigures(0, 0, SpecialisationShare.of(List.of()), LocalDate.of(2023, 7, 1),
                LocalDate.of(2026, 6, 30), 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0);
        return new SubmissionRecord("SQ2026-000100-V1-ABCDEFGH", figures, List.of(), List.of(), "file", "sha", "park");
    }
}
