package cn.js.pilotzone.application.form;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 特色明显 (Table 1): the park's blockchain enterprises concentrate on one or two industries or
 * scenarios, which hold 40 % or more of them. "40%以上" includes 40 % itself (民法典 art. 1259), so the
 * comparison is exact integer arithmetic with no rounding: count × 100 ≥ 40 × total.
 */
public final class SpecialisationShare {

    public static final int THRESHOLD_PERCENT = 40;

    private SpecialisationShare() {
    }

    /** One industry and how many enterprises name it. */
    public record IndustryCount(String industry, int enterprises) {
    }

    /**
     * @param topIndustries the largest industries first (at most two)
     * @param topOnePercent share of the largest, rounded to one decimal for display
     * @param topTwoPercent share of the largest two together, rounded to one decimal for display
     */
    public record Result(int total, List<IndustryCount> topIndustries, BigDecimal topOnePercent,
            BigDecimal topTwoPercent, boolean reached) {
    }

    /** Industries are compared ignoring case and surrounding or repeated spaces. */
    public static Result of(Collection<String> industryOfEachEnterprise) {
        int total = industryOfEachEnterprise.size();
        Map<String, String> displayName = new LinkedHashMap<>();
        Map<String, Long> counts = industryOfEachEnterprise.stream()
                .peek(i -> displayName.putIfAbsent(normalise(i), i.strip()))
                .collect(Collectors.groupingBy(SpecialisationShare::normalise, LinkedHashMap::new,
                        Collectors.counting()));
        List<IndustryCount> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(2)
                .map(e -> new IndustryCount(displayName.get(e.getKey()), e.getValue().intValue()))
                .toList();
        int topOne = top.isEmpty() ? 0 : top.get(0).enterprises();
        int topTwo = top.stream().mapToInt(IndustryCount::enterprises).sum();
        boolean reached = total > 0 && (long) topTwo * 100 >= (long) THRESHOLD_PERCENT * total;
        return new Result(total, top, percent(topOne, total), percent(topTwo, total), reached);
    }

    private static BigDecimal percent(int part, int total) {
        if (total == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    private static String normalise(String industry) {
        // (?U) makes \s match the full-width space (U+3000) that Chinese input methods type.
        return industry.strip().replaceAll("(?U)\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
