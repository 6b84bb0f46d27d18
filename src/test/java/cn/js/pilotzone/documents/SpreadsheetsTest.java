package cn.js.pilotzone.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.js.pilotzone.common.DomainException;

class SpreadsheetsTest {

    private static final List<String> HEADERS = List.of("园区名称", "统一社会信用代码", "投资额（万元）");
    private static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"click\")";

    @Test
    void valuesSurviveARoundTripAndTheHeaderIsSkipped() {
        List<List<String>> rows = List.of(
                List.of("南京江北新区区块链产业园", "91320191MA1XXXXX0Y", "1200.5"),
                List.of("苏州工业园区", "12320000466009876K", "-3"));

        List<SheetRow> read = read(Spreadsheets.write("园区", HEADERS, rows), 3, 100);

        assertThat(read).containsExactly(new SheetRow(2, rows.get(0)), new SheetRow(3, rows.get(1)));
    }

    @Test
    void nullValuesAreWrittenAsEmptyTextAndMissingCellsReadAsEmpty() throws IOException {
        byte[] xlsx = Spreadsheets.write("园区", HEADERS, List.of(Arrays.asList("苏州工业园区", null)));

        try (Workbook workbook = open(xlsx)) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
        }
        assertThat(read(xlsx, 3, 100)).containsExactly(new SheetRow(2, List.of("苏州工业园区", "", "")));
    }

    @Test
    void blankRowsAreSkippedAndRowNumbersAreThoseExcelShows() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            text(sheet.createRow(0), "名称", "金额");
            text(sheet.createRow(1), "甲", "1");
            text(sheet.createRow(2), "  ", "");
            text(sheet.createRow(4), " 乙 ", "2");
        });

        assertThat(read(xlsx, 2, 100))
                .containsExactly(new SheetRow(2, List.of("甲", "1")), new SheetRow(5, List.of("乙", "2")));
    }

    @Test
    void aFormulaLikeValueStaysTextWithAQuotePrefixAndReadsBackUnchanged() throws IOException {
        List<List<String>> rows = List.of(List.of(HYPERLINK, "+86 25 1234", "@SUM(A1)"), List.of("-1", "\tx", "普通"));
        byte[] xlsx = Spreadsheets.write("注入", HEADERS, rows);

        try (Workbook workbook = open(xlsx)) {
            Sheet sheet = workbook.getSheetAt(0);
            Cell hyperlink = sheet.getRow(1).getCell(0);
            assertThat(hyperlink.getCellType()).isEqualTo(CellType.STRING);
            assertThat(hyperlink.getStringCellValue()).isEqualTo(HYPERLINK);
            assertThat(hyperlink.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(2).getCell(2).getCellStyle().getQuotePrefixed()).isFalse();
        }
        assertThat(read(xlsx, 3, 100).get(0).cells()).containsExactly(HYPERLINK, "+86 25 1234", "@SUM(A1)");
    }

    @Test
    void theHeaderRowIsBoldAndFrozen() throws IOException {
        try (Workbook workbook = open(Spreadsheets.write("园区", HEADERS, List.of()))) {
            Sheet sheet = workbook.getSheetAt(0);
            CellStyle style = sheet.getRow(0).getCell(0).getCellStyle();
            assertThat(workbook.getFontAt(style.getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
        }
    }

    @Test
    void numbersDatesAndBooleansAreReadAsExcelShowsThem() {
        byte[] xlsx = workbook(sheet -> {
            text(sheet.createRow(0), "金额", "数量", "日期", "是否", "大数");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(1200.50);
            row.createCell(1).setCellValue(12);
            Cell date = row.createCell(2);
            date.setCellValue(LocalDate.of(2025, 3, 1));
            CellStyle dateStyle = sheet.getWorkbook().createCellStyle();
            dateStyle.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            date.setCellStyle(dateStyle);
            row.createCell(3).setCellValue(true);
            row.createCell(4).setCellValue(1.5e10);
        });

        assertThat(read(xlsx, 5, 100).get(0).cells())
                .containsExactly("1200.5", "12", "2025-03-01", "TRUE", "15000000000");
    }

    @Test
    void aFormulaIsNeverEvaluatedButItsCachedValueIsRead() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            text(sheet.createRow(0), "金额", "合计");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(0.1);
            row.createCell(1).setCellFormula("A2+0.2");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            row.getCell(0).setCellValue(100);
            xlsx = bytes(workbook);
        }

        assertThat(read(xlsx, 2, 100).get(0).cells()).containsExactly("100", "0.3");
    }

    @Test
    void moreRowsThanAllowedAreRefused() {
        byte[] xlsx = Spreadsheets.write("园区", HEADERS,
                List.of(List.of("甲"), List.of("乙"), List.of("丙")));

        assertThat(read(xlsx, 3, 3)).hasSize(3);
        assertThatThrownBy(() -> read(xlsx, 3, 2))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("documents.tooManyRows");
                    assertThat(e.arguments()).containsExactly(2);
                });
    }

    @Test
    void aFileThatIsNoXlsxWorkbookIsRefused() {
        byte[] garbage = "这不是 Excel 文件 PK\u0003\u0004".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(garbage, 3, 100))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("documents.unreadableWorkbook"));
        assertThatThrownBy(() -> read(new byte[0], 3, 100))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("documents.unreadableWorkbook"));
        assertThatThrownBy(() -> read(DocxWriter.a4().paragraph("不是表格").toBytes(), 3, 100))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("documents.unreadableWorkbook"));
    }

    private static List<SheetRow> read(byte[] xlsx, int columns, int maxRows) {
        return Spreadsheets.read(new ByteArrayInputStream(xlsx), columns, maxRows);
    }

    private static Workbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static void text(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static byte[] workbook(Consumer<Sheet> content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            content.accept(workbook.createSheet());
            return bytes(workbook);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
