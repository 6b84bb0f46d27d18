package cn.js.pilotzone.documents;

import java.util.List;

/**
 * One data row of an uploaded workbook.
 *
 * @param rowNumber the row number as Excel shows it (the header is row 1), for messages to the user
 * @param cells the text of each expected column, trimmed, "" where empty
 */
public record SheetRow(int rowNumber, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }
}
