package cn.js.pilotzone.panel;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import cn.js.pilotzone.application.ForwardedCases.CaseFacts;
import cn.js.pilotzone.application.ForwardedCases.Enterprise;

/**
 * An expert may not judge a park it is tied to (评估原则: fair and just). A tie is detected when the
 * expert's employer is the park, one of the enterprises the park listed, or the city authority that
 * recommended it — by credit code where both are known, else by name — and declared when the expert
 * named the park's or an enterprise's credit code, or the park's city, as a tie.
 */
public final class ConflictOfInterestPolicy {

    private ConflictOfInterestPolicy() {
    }

    /** What the pool knows of an expert's employer and declared ties. */
    public record ExpertTies(String employer, String employerCreditCode, Set<String> tieCreditCodes,
            Set<String> tieJurisdictions) {

        public ExpertTies {
            tieCreditCodes = Set.copyOf(tieCreditCodes);
            tieJurisdictions = Set.copyOf(tieJurisdictions);
        }
    }

    /** The reason, as a message key with its argument, or empty when the expert may judge the case. */
    public record Conflict(String messageKey, String argument) {
    }

    public static Optional<Conflict> check(ExpertTies expert, CaseFacts facts) {
        String employer = normalise(expert.employer());
        String code = normalise(expert.employerCreditCode());
        if (!code.isEmpty() && code.equals(normalise(facts.parkCreditCode())) || employer.equals(normalise(facts.parkName()))) {
            return Optional.of(new Conflict("conflict.employedByPark", facts.parkName()));
        }
        for (Enterprise enterprise : facts.enterprises()) {
            if (!code.isEmpty() && code.equals(normalise(enterprise.creditCode()))
                    || !employer.isEmpty() && employer.equals(normalise(enterprise.name()))) {
                return Optional.of(new Conflict("conflict.employedByEnterprise", enterprise.name()));
            }
        }
        for (String city : facts.cityAuthorities()) {
            if (!employer.isEmpty() && employer.equals(normalise(city))) {
                return Optional.of(new Conflict("conflict.employedByCity", city));
            }
        }
        if (facts.parkCreditCode() != null && expert.tieCreditCodes().contains(normalise(facts.parkCreditCode()))) {
            return Optional.of(new Conflict("conflict.declaredPark", facts.parkName()));
        }
        for (Enterprise enterprise : facts.enterprises()) {
            if (expert.tieCreditCodes().contains(normalise(enterprise.creditCode()))) {
                return Optional.of(new Conflict("conflict.declaredEnterprise", enterprise.name()));
            }
        }
        if (facts.jurisdictionCode() != null && expert.tieJurisdictions().contains(facts.jurisdictionCode())) {
            return Optional.of(new Conflict("conflict.declaredCity",
                    facts.cityAuthorities().isEmpty() ? facts.jurisdictionCode() : facts.cityAuthorities().get(0)));
        }
        return Optional.empty();
    }

    /** Names and codes compared without case, surrounding or inner spaces (including full-width ones). */
    static String normalise(String value) {
        return value == null ? "" : value.replaceAll("(?U)\\s+", "").toUpperCase(Locale.ROOT);
    }
}
