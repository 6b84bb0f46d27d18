package cn.js.pilotzone.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/**
 * A Word (.docx) document on A4 paper, set in the fonts of Chinese official documents: 宋体 for text,
 * 黑体 for the title and headings. Null texts are written as empty. Single use: {@link #toBytes()}
 * finishes the document.
 */
public final class DocxWriter {

    private static final BigInteger A4_WIDTH = BigInteger.valueOf(11906);
    private static final BigInteger A4_HEIGHT = BigInteger.valueOf(16838);
    /** 2.5 cm in twips (1 cm = 567 twips). */
    private static final BigInteger MARGIN = BigInteger.valueOf(1417);
    private static final BigInteger TEXT_WIDTH = A4_WIDTH.subtract(MARGIN).subtract(MARGIN);
    private static final BigInteger HEADER_FOOTER_DISTANCE = BigInteger.valueOf(851);

    private static final String SONG = "宋体";
    private static final String HEI = "黑体";
    /** 二号, 三号, 小四, 五号: the sizes of the Chinese type scale used for title, heading, text, tables. */
    private static final int TITLE_SIZE = 22;
    private static final int HEADING_SIZE = 16;
    private static final int TEXT_SIZE = 12;
    private static final double SMALL_SIZE = 10.5;

    private static final int BORDER_EIGHTHS_OF_A_POINT = 4;
    private static final String BLACK = "000000";

    private final XWPFDocument document = new XWPFDocument();

    private DocxWriter() {
        CTBody body = document.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(A4_WIDTH);
        size.setH(A4_HEIGHT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(MARGIN);
        margins.setBottom(MARGIN);
        margins.setLeft(MARGIN);
        margins.setRight(MARGIN);
        margins.setHeader(HEADER_FOOTER_DISTANCE);
        margins.setFooter(HEADER_FOOTER_DISTANCE);
        margins.setGutter(BigInteger.ZERO);
    }

    public static DocxWriter a4() {
        return new DocxWriter();
    }

    /** The centred title of the document, also recorded as the file's title property. */
    public DocxWriter title(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(240);
        write(paragraph.createRun(), text, HEI, TITLE_SIZE, true);
        document.getProperties().getCoreProperties().setTitle(orEmpty(text));
        return this;
    }

    public DocxWriter heading(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(240);
        paragraph.setSpacingAfter(120);
        paragraph.setKeepNext(true);
        write(paragraph.createRun(), text, HEI, HEADING_SIZE, false);
        return this;
    }

    /** A paragraph of text; line breaks in the text stay line breaks. */
    public DocxWriter paragraph(String text) {
        write(document.createParagraph().createRun(), text, SONG, TEXT_SIZE, false);
        return this;
    }

    /** One line "label：value", the label in bold. */
    public DocxWriter labelled(String label, String value) {
        XWPFParagraph paragraph = document.createParagraph();
        write(paragraph.createRun(), orEmpty(label) + "：", SONG, TEXT_SIZE, true);
        write(paragraph.createRun(), value, SONG, TEXT_SIZE, false);
        return this;
    }

    /**
     * A table as wide as the text, with borders, and the header row in bold, repeated on every page.
     * A row with fewer cells than the header is padded with empty cells.
     */
    public DocxWriter table(List<String> header, List<List<String>> rows) {
        if (header.isEmpty()) {
            throw new IllegalArgumentException("A table needs at least one column");
        }
        XWPFTable table = document.createTable(rows.size() + 1, header.size());
        table.setWidth("100%");
        grid(table, header.size());
        borders(table);
        XWPFTableRow headerRow = table.getRow(0);
        headerRow.setRepeatHeader(true);
        fill(headerRow, header, true);
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            if (cells.size() > header.size()) {
                throw new IllegalArgumentException("Row " + (i + 1) + " has more cells than the header");
            }
            fill(table.getRow(i + 1), cells, false);
        }
        return this;
    }

    public DocxWriter pageBreak() {
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
        return this;
    }

    /** A centred line at the foot of every page. */
    public DocxWriter footer(String text) {
        XWPFParagraph paragraph = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        write(paragraph.createRun(), text, SONG, SMALL_SIZE, false);
        return this;
    }

    /** The .docx file. Finishes the document: the writer cannot be used afterwards. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (document) {
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the Word document", e);
        }
        return out.toByteArray();
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int column = 0; column < cells.size(); column++) {
            write(row.getCell(column).getParagraphs().get(0).createRun(), cells.get(column), SONG, SMALL_SIZE, bold);
        }
    }

    /** Equal columns across the text width; Word needs the grid to lay out the table. */
    private static void grid(XWPFTable table, int columns) {
        CTTblGrid grid = table.getCTTbl().addNewTblGrid();
        BigInteger width = TEXT_WIDTH.divide(BigInteger.valueOf(columns));
        for (int column = 0; column < columns; column++) {
            grid.addNewGridCol().setW(width);
        }
    }

    private static void borders(XWPFTable table) {
        table.setTopBorder(XWPFBorderType.SINGLE, BORDER_EIGHTHS_OF_A_POINT, 0, BLACK);
        table.setBottomBorder(XWPFBorderType.SINGLE, BORDER_EIGHTHS_OF_A_POINT, 0, BLACK);
        table.setLeftBorder(XWPFBorderType.SINGLE, BORDER_EIGHTHS_OF_A_POINT, 0, BLACK);
        table.setRightBorder(XWPFBorderType.SINGLE, BORDER_EIGHTHS_OF_A_POINT, 0, BLACK);
        table.setInsideHBorder(XWPFBorderType.SINGLE, BORDER_EIGHTHS_OF_A_POINT, 0, BLACK);
        table.setInsideVBorder(XWPFBorderType.SINGLE, BORDER_EIGHTHS_OF_A_POINT, 0, BLACK);
    }

    /** Properties in the order of the schema (fonts, bold, size), which Word is strict about. */
    private static void write(XWPFRun run, String text, String font, double size, boolean bold) {
        fonts(run, font);
        if (bold) {
            run.setBold(true);
        }
        run.setFontSize(size);
        String[] lines = orEmpty(text).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    /** East-Asian, ASCII and other Latin text alike, so that Word does not mix in a Western face. */
    private static void fonts(XWPFRun run, String font) {
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts();
        fonts.setEastAsia(font);
        fonts.setAscii(font);
        fonts.setHAnsi(font);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
