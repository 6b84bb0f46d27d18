package cn.js.pilotzone.application.form;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a park has typed into its 申报书: the text of every field as typed, the rows of every roster,
 * and the activities of §5 it has declared absent from the park. Values are never altered on save,
 * so a draft keeps even what is not valid yet. Instances are immutable; each change returns a copy.
 *
 * @param fields       by field key ({@code section.name})
 * @param rosters      by roster key; each row by column name
 * @param vetoDeclared names of {@link VetoActivity} declared absent
 */
public record FormContent(Map<String, String> fields, Map<String, List<Map<String, String>>> rosters,
        Set<String> vetoDeclared) {

    public FormContent {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        Map<String, List<Map<String, String>>> copy = new LinkedHashMap<>();
        if (rosters != null) {
            rosters.forEach((k, rows) -> copy.put(k, rows.stream().map(r -> Map.copyOf(r)).toList()));
        }
        rosters = Map.copyOf(copy);
        vetoDeclared = vetoDeclared == null ? Set.of() : Set.copyOf(new TreeSet<>(vetoDeclared));
    }

    public static FormContent empty() {
        return new FormContent(Map.of(), Map.of(), Set.of());
    }

    public String field(String key) {
        return fields.getOrDefault(key, "");
    }

    public List<Map<String, String>> rows(String rosterKey) {
        return rosters.getOrDefault(rosterKey, List.of());
    }

    /** The value of a row's column, or blank. */
    public static String cell(Map<String, String> row, FieldSpec column) {
        return row.getOrDefault(column.name(), "");
    }

    /** Sets the given fields; blank values are removed, so an emptied field is empty again. */
    public FormContent withFields(Map<String, String> values) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        values.forEach((k, v) -> {
            if (v == null || v.isBlank()) {
                copy.remove(k);
            } else {
                copy.put(k, v);
            }
        });
        return new FormContent(copy, rosters, vetoDeclared);
    }

    /**
     * A short digest of a roster's rows. Rows are addressed by position, so a page that edits or
     * deletes row 3 sends the digest it saw; if the roster changed meanwhile, the position may name
     * another row, and the change is refused instead.
     */
    public String rosterFingerprint(String rosterKey) {
        StringBuilder text = new StringBuilder();
        rows(rosterKey).forEach(row -> text.append(new TreeMap<>(row)).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    public FormContent withoutRow(String rosterKey, int index) {
        List<Map<String, String>> rows = new ArrayList<>(rows(rosterKey));
        rows.remove(index);
        return withRows(rosterKey, rows);
    }

    public FormContent withRows(String rosterKey, List<Map<String, String>> rows) {
        Map<String, List<Map<String, String>>> copy = new LinkedHashMap<>(rosters);
        copy.put(rosterKey, rows);
        return new FormContent(fields, copy, vetoDeclared);
    }

    public FormContent withVetoDeclared(Set<String> declared) {
        return new FormContent(fields, rosters, declared);
    }
}
