package cn.js.pilotzone.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.js.pilotzone.common.DomainException;

/** Excel (.xlsx) workbooks: tables exported for officials, and templates they fill in and upload. */
public final class Spreadsheets {

    /** Excel shows at most 15 significant digits; more would be binary noise such as 0.30000000000000004. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_UP);
    private static final int MIN_COLUMN_CHARS = 8;
    private static final int MAX_COLUMN_CHARS = 60;

    private Spreadsheets() {
    }

    /**
     * One sheet with a bold, frozen header row; every cell holds text. Text that a spreadsheet would
     * take for a formula is marked as text (quote prefix) without being changed, so that editing
     * the cell or saving the sheet as CSV cannot turn it into one (CSV/formula injection).
     */
    public static byte[] write(String sheetName, List<String> headers, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            Styles styles = Styles.of(workbook);
            int[] widths = new int[headers.size()];
            writeRow(sheet.createRow(0), headers, styles.header(), styles.quotedHeader(), widths);
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).size() > headers.size()) {
                    throw new IllegalArgumentException("Row " + (i + 1) + " has more cells than the header");
                }
                writeRow(sheet.createRow(i + 1), rows.get(i), styles.plain(), styles.quoted(), widths);
            }
            for (int column = 0; column < widths.length; column++) {
                int chars = Math.min(Math.max(widths[column] + 2, MIN_COLUMN_CHARS), MAX_COLUMN_CHARS);
                sheet.setColumnWidth(column, chars * 256);
            }
            sheet.createFreezePane(0, 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook", e);
        }
    }

    /**
     * The data rows of the first sheet: the header row (row 1) and blank rows are skipped, and each
     * row has exactly {@code columns} cells. Formulas are never evaluated: their cached value is read.
     *
     * @throws DomainException {@code documents.unreadableWorkbook} if the file is not an .xlsx workbook,
     *         {@code documents.tooManyRows} if it has more than {@code maxRows} data rows
     */
    public static List<SheetRow> read(InputStream xlsx, int columns, int maxRows) {
        if (columns < 1 || maxRows < 0) {
            throw new IllegalArgumentException("columns must be positive and maxRows not negative");
        }
        try (XSSFWorkbook workbook = open(xlsx)) {
            if (workbook.getNumberOfSheets() == 0) {
                return List.of();
            }
            List<SheetRow> result = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<String> cells = cells(row, columns);
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (result.size() == maxRows) {
                    throw new DomainException("documents.tooManyRows", maxRows);
                }
                result.add(new SheetRow(row.getRowNum() + 1, cells));
            }
            return result;
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static XSSFWorkbook open(InputStream xlsx) {
        try {
            return new XSSFWorkbook(xlsx);
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    private static DomainException unreadable(Exception cause) {
        DomainException exception = new DomainException("documents.unreadableWorkbook");
        exception.initCause(cause);
        return exception;
    }

    private static void writeRow(Row row, List<String> values, CellStyle plain, CellStyle quoted, int[] widths) {
        for (int column = 0; column < values.size(); column++) {
            String value = values.get(column) == null ? "" : values.get(column);
            Cell cell = row.createCell(column, CellType.STRING);
            cell.setCellValue(value);
            cell.setCellStyle(looksLikeFormula(value) ? quoted : plain);
            widths[column] = Math.max(widths[column], displayWidth(value));
        }
    }

    /** The characters OWASP names for CSV injection: = + - @ tab and carriage return. */
    private static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    /** Chinese characters take about two character widths of the default font. */
    private static int displayWidth(String value) {
        return value.codePoints().map(c -> Character.isIdeographic(c) || c >= 0xFF00 && c <= 0xFFEF ? 2 : 1).sum();
    }

    private static List<String> cells(Row row, int columns) {
        List<String> cells = new ArrayList<>(columns);
        for (int column = 0; column < columns; column++) {
            cells.add(text(row.getCell(column)));
        }
        return cells;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().trim();
            case NUMERIC -> number(cell);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    /** A date as yyyy-MM-dd; any other number in plain notation, as Excel shows it: 12, 1200.5. */
    private static String number(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return BigDecimal.valueOf(cell.getNumericCellValue()).round(EXCEL_PRECISION).stripTrailingZeros()
                .toPlainString();
    }

    private record Styles(CellStyle plain, CellStyle quoted, CellStyle header, CellStyle quotedHeader) {

        static Styles of(XSSFWorkbook workbook) {
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            return new Styles(style(workbook, null, false), style(workbook, null, true), style(workbook, bold, false),
                    style(workbook, bold, true));
        }

        private static CellStyle style(XSSFWorkbook workbook, XSSFFont font, boolean quotePrefixed) {
            CellStyle style = workbook.createCellStyle();
            if (font != null) {
                style.setFont(font);
            }
            style.setQuotePrefixed(quotePrefixed);
            return style;
        }
    }
}
