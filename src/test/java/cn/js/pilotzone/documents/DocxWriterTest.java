package cn.js.pilotzone.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

class DocxWriterTest {

    private static final String TITLE = "江苏省区块链技术创新应用试验区评估申报书";

    @Test
    void chineseTitleParagraphsAndTableAreReadBack() throws IOException {
        byte[] docx = DocxWriter.a4()
                .title(TITLE)
                .heading("一、基本情况")
                .labelled("申报单位", "南京江北新区管理委员会")
                .paragraph("试验区围绕区块链底层技术研发开展建设。\n第二行")
                .table(List.of("序号", "指标名称", "填报值"),
                        List.of(List.of("1", "区块链+供应链金融", "12.5"), Arrays.asList("2", null)))
                .pageBreak()
                .paragraph(null)
                .footer("江苏省工业和信息化厅印制")
                .toBytes();

        try (XWPFDocument document = read(docx)) {
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains(TITLE, "一、基本情况", "申报单位：南京江北新区管理委员会",
                            "试验区围绕区块链底层技术研发开展建设。\n第二行", "");
            XWPFTable table = document.getTables().get(0);
            assertThat(table.getRows()).hasSize(3);
            assertThat(table.getRow(0).getTableCells()).extracting(cell -> cell.getText())
                    .containsExactly("序号", "指标名称", "填报值");
            assertThat(table.getRow(1).getTableCells()).extracting(cell -> cell.getText())
                    .containsExactly("1", "区块链+供应链金融", "12.5");
            assertThat(table.getRow(2).getTableCells()).extracting(cell -> cell.getText())
                    .containsExactly("2", "", "");
            assertThat(document.getFooterList()).extracting(footer -> footer.getText().trim())
                    .containsExactly("江苏省工业和信息化厅印制");
            assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo(TITLE);
        }
    }

    @Test
    void pagesAreA4WithMarginsOfTwoAndAHalfCentimetres() throws IOException {
        try (XWPFDocument document = read(DocxWriter.a4().paragraph("正文").toBytes())) {
            CTSectPr section = document.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1417));
            assertThat(section.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1417));
        }
    }

    @Test
    void textIsSetInSongTiAndHeadingsInHeiTi() throws IOException {
        try (XWPFDocument document = read(DocxWriter.a4().title("标题").heading("小标题").paragraph("正文").toBytes())) {
            assertThat(fontsOf(document.getParagraphs().get(0).getRuns().get(0)).getEastAsia()).isEqualTo("黑体");
            assertThat(fontsOf(document.getParagraphs().get(1).getRuns().get(0)).getEastAsia()).isEqualTo("黑体");
            CTFonts text = fontsOf(document.getParagraphs().get(2).getRuns().get(0));
            assertThat(List.of(text.getEastAsia(), text.getAscii(), text.getHAnsi())).containsOnly("宋体");
        }
    }

    @Test
    void tablesHaveBordersAndABoldHeaderRow() throws IOException {
        byte[] docx = DocxWriter.a4().table(List.of("项目", "金额（万元）"), List.of(List.of("设备", "1200.5"))).toBytes();

        try (XWPFDocument document = read(docx)) {
            XWPFTable table = document.getTables().get(0);
            assertThat(table.getTopBorderType()).isEqualTo(XWPFBorderType.SINGLE);
            assertThat(table.getInsideVBorderType()).isEqualTo(XWPFBorderType.SINGLE);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
            assertThat(table.getRow(1).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isFalse();
        }
    }

    @Test
    void aRowWiderThanTheHeaderIsRefused() {
        assertThatThrownBy(() -> DocxWriter.a4().table(List.of("项目"), List.of(List.of("a", "b"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static CTFonts fontsOf(XWPFRun run) {
        return run.getCTR().getRPr().getRFontsArray(0);
    }

    private static XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }
}
