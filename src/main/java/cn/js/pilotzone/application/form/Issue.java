package cn.js.pilotzone.application.form;

import java.util.List;

/**
 * Something a complete application still lacks or gets wrong, with where to fix it.
 *
 * @param section  the section to open
 * @param anchor   the element on that section's page
 * @param labelKey the message naming the item (a field, a roster, evidence or a declaration)
 * @param row      the 1-based roster row, or 0
 * @param messageKey what is wrong
 */
public record Issue(String section, String anchor, String labelKey, int row, String messageKey, List<Object> args) {

    public Issue {
        args = List.copyOf(args);
    }

    static Issue of(String section, String anchor, String labelKey, String messageKey, Object... args) {
        return new Issue(section, anchor, labelKey, 0, messageKey, List.of(args));
    }

    static Issue inRow(String section, String anchor, String labelKey, int row, String messageKey) {
        return new Issue(section, anchor, labelKey, row, messageKey, List.of());
    }
}
