package cn.js.pilotzone.application.form;

import java.util.List;
import java.util.Optional;

/**
 * A table of structured rows within a section (enterprises, intellectual property, ...). Its title is
 * the message {@code form.roster.<key>}.
 *
 * @param minimumRows how many rows a complete application must have
 * @param uniqueColumn a column whose values must differ between rows, or null
 */
public record RosterSpec(String key, List<FieldSpec> columns, int minimumRows, String uniqueColumn) {

    /** More rows than any park will list; it bounds what one upload or one form can hold. */
    public static final int MAX_ROWS = 2000;

    public RosterSpec {
        columns = List.copyOf(columns);
    }

    public String titleKey() {
        return "form.roster." + key;
    }

    public String htmlId() {
        return "roster-" + key;
    }

    public Optional<FieldSpec> column(String columnKey) {
        return columns.stream().filter(c -> c.key().equals(columnKey)).findFirst();
    }
}
