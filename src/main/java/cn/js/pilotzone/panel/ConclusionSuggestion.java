package cn.js.pilotzone.panel;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The standard gives no weights or thresholds for the panel's conclusion (DOMAIN.md, defect 6): the
 * leader decides. The province may configure this rule, which only suggests. Each indicator counts by
 * the verdict most experts gave it (a tie counts as the less favourable verdict, so the suggestion
 * never flatters). The suggestion is 不符合 when at least {@code notConformAtLeast} indicators are 不符合;
 * else 符合 when at least {@code conformAtLeast} are 符合 and none is 不符合; else 基本符合.
 */
public record ConclusionSuggestion(int conformAtLeast, int notConformAtLeast) {

    public Verdict suggest(Collection<? extends Collection<Verdict>> verdictsPerIndicator) {
        int conform = 0;
        int notConform = 0;
        for (Collection<Verdict> verdicts : verdictsPerIndicator) {
            Verdict majority = majority(verdicts);
            if (majority == Verdict.CONFORMS) {
                conform++;
            } else if (majority == Verdict.DOES_NOT_CONFORM) {
                notConform++;
            }
        }
        if (notConform >= notConformAtLeast) {
            return Verdict.DOES_NOT_CONFORM;
        }
        return conform >= conformAtLeast && notConform == 0 ? Verdict.CONFORMS : Verdict.BASICALLY_CONFORMS;
    }

    static Verdict majority(Collection<Verdict> verdicts) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        verdicts.forEach(v -> counts.merge(v, 1, Integer::sum));
        Verdict best = Verdict.DOES_NOT_CONFORM;
        int most = counts.getOrDefault(best, 0);
        // From the least to the most favourable, so that a tie keeps the less favourable verdict.
        for (Verdict v : new Verdict[] {Verdict.BASICALLY_CONFORMS, Verdict.CONFORMS}) {
            if (counts.getOrDefault(v, 0) > most) {
                best = v;
                most = counts.get(v);
            }
        }
        return best;
    }
}
