package cn.js.pilotzone.application.form;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a park listed before: in its application and its earlier reports. A report lists only what is
 * new since then (a new enterprise is one whose credit code no earlier form held), so rows that were
 * listed before are recognised here and left out, instead of being typed or counted twice.
 */
public final class EarlierEntries {

    private final Map<String, Set<String>> listedByRoster;

    private EarlierEntries(Map<String, Set<String>> listedByRoster) {
        this.listedByRoster = listedByRoster;
    }

    public static EarlierEntries none() {
        return new EarlierEntries(Map.of());
    }

    /** Collects, for each roster of Appendix C that lists new things, the values earlier forms held. */
    public static EarlierEntries from(List<FormContent> earlierForms) {
        Map<String, Set<String>> listed = new HashMap<>();
        AppendixC.EARLIER.forEach((roster, columns) -> {
            Set<String> values = new HashSet<>();
            for (FormContent form : earlierForms) {
                for (AppendixC.EarlierColumn column : columns) {
                    form.rows(column.roster()).forEach(row -> values.add(normalise(row.get(column.column()))));
                }
            }
            values.remove("");
            listed.put(roster.key(), values);
        });
        return new EarlierEntries(listed);
    }

    /** The row names something an earlier form already listed, so it is not new. */
    public boolean listedBefore(RosterSpec roster, Map<String, String> row) {
        Set<String> values = listedByRoster.get(roster.key());
        if (values == null || roster.uniqueColumn() == null) {
            return false;
        }
        return values.contains(normalise(row.get(roster.uniqueColumn())));
    }

    /** Credit codes differ in case only by typing; names by spaces around them. */
    private static String normalise(String value) {
        return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    }
}
