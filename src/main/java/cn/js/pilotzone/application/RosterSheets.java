package cn.js.pilotzone.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.js.pilotzone.application.form.FieldKind;
import cn.js.pilotzone.application.form.FieldSpec;
import cn.js.pilotzone.application.form.FormContent;
import cn.js.pilotzone.application.form.RosterSpec;

/**
 * How a roster looks in Excel: one column per field with its label and unit, choices and flags as
 * the words an official reads (推荐 "是"/"否", option names) rather than internal codes. Reading accepts
 * those words in either language as well as the codes.
 */
@Component
class RosterSheets {

    private static final List<String> YES = List.of("是", "yes", "y", "true", "1", "√");
    private static final List<String> NO = List.of("否", "no", "n", "false", "0", "×");

    private final MessageSource messages;

    RosterSheets(MessageSource messages) {
        this.messages = messages;
    }

    List<String> headers(RosterSpec roster, Locale locale) {
        return roster.columns().stream().map(c -> {
            String label = messages.getMessage(c.labelKey(), null, locale);
            String unit = c.kind().unitKey() == null ? "" : "（" + messages.getMessage(c.kind().unitKey(), null, locale) + "）";
            return (c.required() ? "*" : "") + label + unit;
        }).toList();
    }

    List<String> cells(RosterSpec roster, Map<String, String> row, Locale locale) {
        List<String> cells = new ArrayList<>();
        for (FieldSpec column : roster.columns()) {
            String value = FormContent.cell(row, column);
            cells.add(value.isBlank() ? "" : display(column, value, locale));
        }
        return cells;
    }

    String display(FieldSpec column, String value, Locale locale) {
        if (column.kind() == FieldKind.FLAG) {
            return messages.getMessage("true".equals(value) ? "form.yes" : "form.no", null, locale);
        }
        if (column.kind() == FieldKind.CHOICE && column.options().contains(value)) {
            return messages.getMessage(column.optionKey(value), null, locale);
        }
        return value;
    }

    /** A row from spreadsheet cells; words are turned back into codes where they match one. */
    Map<String, String> row(RosterSpec roster, List<String> cells) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < roster.columns().size(); i++) {
            FieldSpec column = roster.columns().get(i);
            String text = column.kind().normalise(i < cells.size() ? cells.get(i) : "");
            if (!text.isEmpty()) {
                row.put(column.name(), code(column, text));
            }
        }
        return row;
    }

    private String code(FieldSpec column, String text) {
        if (column.kind() == FieldKind.FLAG) {
            String lower = text.toLowerCase(Locale.ROOT);
            return YES.contains(lower) ? "true" : NO.contains(lower) ? "false" : text;
        }
        if (column.kind() == FieldKind.CHOICE) {
            for (String option : column.options()) {
                if (option.equalsIgnoreCase(text)
                        || text.equals(messages.getMessage(column.optionKey(option), null, Locale.SIMPLIFIED_CHINESE))
                        || text.equalsIgnoreCase(messages.getMessage(column.optionKey(option), null, Locale.ENGLISH))) {
                    return option;
                }
            }
        }
        return text;
    }
}
