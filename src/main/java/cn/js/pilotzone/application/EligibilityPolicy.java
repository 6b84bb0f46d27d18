package cn.js.pilotzone.application;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import cn.js.pilotzone.identity.ParkDirectory.ParkFacts;

/**
 * Who may apply (申报主体要求, §1.1–1.2): a park of an admitted kind, approved at least at the level
 * its kind requires, applying through its management committee or construction/operating company,
 * with a stated blockchain speciality; one application per park per round; and a park that holds
 * the title already has nothing to apply for.
 */
public final class EligibilityPolicy {

    /** One rule that failed: a message key and its arguments, so the park reads which rule and why. */
    public record Failure(String messageKey, List<Object> arguments) {

        public Failure {
            arguments = List.copyOf(arguments);
        }
    }

    private EligibilityPolicy() {
    }

    public static List<Failure> check(ParkFacts park, String speciality, boolean alreadyAppliedInRound,
            boolean holdsTitle) {
        List<Failure> failures = new ArrayList<>();
        if (park.parkKindCode() == null) {
            failures.add(new Failure("eligibility.parkKindMissing", List.of()));
        } else if (park.approvalLevel() == null || !park.approvalLevel().isAtLeast(park.minimumApprovalLevel())) {
            failures.add(new Failure("eligibility.approvalLevel",
                    List.of(label("ApprovalLevel." + park.minimumApprovalLevel().name()))));
        }
        if (park.applicantUnitKindCode() == null) {
            failures.add(new Failure("eligibility.unitKindMissing", List.of()));
        }
        if (speciality == null || speciality.isBlank()) {
            failures.add(new Failure("eligibility.specialityMissing", List.of()));
        }
        if (alreadyAppliedInRound) {
            failures.add(new Failure("eligibility.alreadyApplied", List.of()));
        }
        if (holdsTitle) {
            failures.add(new Failure("eligibility.holdsTitle", List.of()));
        }
        return failures;
    }

    private static DefaultMessageSourceResolvable label(String key) {
        return new DefaultMessageSourceResolvable(key);
    }
}
