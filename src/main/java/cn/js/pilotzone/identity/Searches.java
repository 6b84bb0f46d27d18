package cn.js.pilotzone.identity;

import java.util.Locale;

final class Searches {

    private Searches() {
    }

    /** A case-insensitive "contains" pattern for JPQL LIKE, or null when there is nothing to search. */
    static String likePattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
