package cn.js.pilotzone.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.js.pilotzone.common.QrCode;

class PdfRendererTest {

    private static final String TITLE = "江苏省区块链技术创新应用试验区评估申报书";

    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void chineseTextIsRenderedWithAnEmbeddedFontOnA4Pages() throws IOException {
        byte[] pdf = renderer.render(document(TITLE, table() + "<p><b>申报单位（盖章）：</b>南京江北新区管理委员会</p>"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text).contains(TITLE, "指标名称", "区块链+供应链金融", "申报单位（盖章）：南京江北新区管理委员会", "12.5");
            assertThat(fontsOf(document)).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded())
                    .as(font.getName()).isTrue());
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595f, within(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(842f, within(1f));
            }
        }
    }

    @Test
    void theTitleOfTheXhtmlBecomesTheTitleOfThePdf() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(document(TITLE, "<p>正文</p>")))) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(TITLE);
            assertThat(document.getDocumentInformation().getProducer()).isEqualTo("Pilotzone");
        }
    }

    @Test
    void textWithoutTheFontFamilyStillUsesOnlyEmbeddedFonts() throws IOException {
        String xhtml = "<html><head><title>无字体</title><style>@page { size: A4; }</style></head>"
                + "<body><p>试验区 Pilot zone 2025</p><p><b>加粗 Bold 12.5</b></p></body></html>";

        try (PDDocument document = Loader.loadPDF(renderer.render(xhtml))) {
            assertThat(new PDFTextStripper().getText(document)).contains("试验区 Pilot zone 2025", "加粗 Bold 12.5");
            assertThat(fontsOf(document)).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        }
    }

    @Test
    void aQrCodeGivenAsDataUriIsDrawn() throws IOException {
        String image = "<img src=\"" + QrCode.pngDataUri("https://example.org/verify/1", 120)
                + "\" style=\"width: 3cm; height: 3cm;\" />";

        try (PDDocument document = Loader.loadPDF(renderer.render(document(TITLE, image)))) {
            PDResources resources = document.getPage(0).getResources();
            List<COSName> images = new ArrayList<>();
            resources.getXObjectNames().forEach(images::add);
            assertThat(images).isNotEmpty();
        }
    }

    @Test
    void localFilesAreNotReadIntoTheDocument(@TempDir Path directory) throws IOException {
        Path png = Files.write(directory.resolve("secret.png"), QrCode.png("secret", 120));
        String image = "<img src=\"" + png.toUri() + "\" style=\"width: 3cm; height: 3cm;\" />";

        try (PDDocument document = Loader.loadPDF(renderer.render(document(TITLE, image)))) {
            assertThat(document.getPage(0).getResources().getXObjectNames()).isEmpty();
        }
    }

    @Test
    void malformedXhtmlIsAServerError() {
        assertThatThrownBy(() -> renderer.render("<html><body><p>未闭合</body></html>"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Could not render XHTML to PDF");
    }

    @Test
    void rendersTenPagesInReasonableTime() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int page = 1; page <= 10; page++) {
            body.append("<h2>第 ").append(page).append(" 部分　试验区建设情况</h2>")
                    .append("<p>").append("试验区围绕区块链底层技术研发、行业应用和产业集聚开展建设，".repeat(12)).append("</p>")
                    .append(table())
                    .append("<div style=\"page-break-after: always;\"></div>");
        }
        renderer.render(document(TITLE, "<p>预热</p>"));

        long start = System.nanoTime();
        byte[] pdf = renderer.render(document(TITLE, body.toString()));
        long millis = (System.nanoTime() - start) / 1_000_000;

        try (PDDocument document = Loader.loadPDF(pdf)) {
            System.out.printf("PdfRenderer: %d pages, %d KB, rendered in %d ms%n",
                    document.getNumberOfPages(), pdf.length / 1024, millis);
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(10);
        }
    }

    private static String document(String title, String body) {
        return """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
                <head>
                <meta charset="UTF-8" />
                <title>%1$s</title>
                <style>
                  @page { size: A4; margin: 2.5cm; }
                  body { font-family: '%2$s'; font-size: 12pt; }
                  h1, h2, th, b { font-weight: bold; }
                  table { border-collapse: collapse; width: 100%%; }
                  th, td { border: 1px solid #000; padding: 4pt; }
                </style>
                </head>
                <body>
                <h1>%1$s</h1>
                %3$s
                </body>
                </html>
                """.formatted(title, PdfRenderer.CJK_FAMILY, body);
    }

    private static String table() {
        return """
                <table>
                  <thead><tr><th>序号</th><th>指标名称</th><th>填报值</th></tr></thead>
                  <tbody>
                    <tr><td>1</td><td>区块链+供应链金融</td><td>12.5</td></tr>
                    <tr><td>2</td><td>入驻区块链企业数量（家）</td><td>36</td></tr>
                  </tbody>
                </table>
                """;
    }

    private static List<PDFont> fontsOf(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }
}
