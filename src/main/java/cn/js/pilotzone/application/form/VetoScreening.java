package cn.js.pilotzone.application.form;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Screens the enterprise roster for words that point to the activities vetoed by §5 (挖矿, 虚拟货币,
 * ICO, ...). A hit does not reject anything: it is shown to everyone who judges the application, and
 * the province decides. Latin words match only as whole words (ICO must not match "silicon"); Chinese
 * words match anywhere, as Chinese has no spaces between words.
 */
public final class VetoScreening {

    private static final int EXCERPT_RADIUS = 15;

    private VetoScreening() {
    }

    /** One keyword found in one enterprise's name or business scope. */
    public record Hit(int row, String enterprise, String column, String keyword, String excerpt) {
    }

    public static List<Hit> screen(List<Map<String, String>> enterprises, Collection<String> keywords) {
        Map<String, Pattern> patterns = new java.util.LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        keywords.stream().filter(k -> !k.isBlank())
                .filter(k -> seen.add(k.strip().toLowerCase(java.util.Locale.ROOT)))
                .forEach(k -> patterns.put(k.strip(), pattern(k)));
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < enterprises.size(); i++) {
            Map<String, String> row = enterprises.get(i);
            for (String column : List.of("name", "businessScope")) {
                String text = row.getOrDefault(column, "");
                for (Map.Entry<String, Pattern> keyword : patterns.entrySet()) {
                    var m = keyword.getValue().matcher(text);
                    if (m.find()) {
                        hits.add(new Hit(i + 1, row.getOrDefault("name", ""), column, keyword.getKey(),
                                excerpt(text, m.start(), m.end())));
                    }
                }
            }
        }
        return hits;
    }

    private static Pattern pattern(String keyword) {
        String quoted = Pattern.quote(keyword.strip());
        boolean latin = keyword.strip().chars().allMatch(c -> c < 128);
        return Pattern.compile(latin ? "(?<![A-Za-z0-9])" + quoted + "(?![A-Za-z0-9])" : quoted,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String excerpt(String text, int start, int end) {
        int from = Math.max(0, start - EXCERPT_RADIUS);
        int to = Math.min(text.length(), end + EXCERPT_RADIUS);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}
