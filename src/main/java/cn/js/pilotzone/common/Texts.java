package cn.js.pilotzone.common;

import java.util.Locale;

/** How free text typed into forms and search boxes is tidied, alike in every module. */
public final class Texts {

    private Texts() {
    }

    /** Trimmed text, or null when nothing but blanks was typed. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A case-insensitive "contains" pattern for SQL and JPQL LIKE with backslash as escape character,
     * so that % and _ typed by a person are searched for, not used as wildcards; null when there is
     * nothing to search.
     */
    public static String containsPattern(String text) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        String escaped = value.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
