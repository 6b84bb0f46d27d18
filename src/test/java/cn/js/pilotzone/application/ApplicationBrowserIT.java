package cn.js.pilotzone.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.js.pilotzone.HeadlessChromium;
import cn.js.pilotzone.IntegrationTest;
import cn.js.pilotzone.MutableClock;
import cn.js.pilotzone.common.TimeConfig;
import cn.js.pilotzone.TestAccounts;
import cn.js.pilotzone.TestRounds;
import cn.js.pilotzone.application.domain.EvaluationRound;
import cn.js.pilotzone.application.form.AppendixA;
import cn.js.pilotzone.application.form.AppendixC;
import cn.js.pilotzone.supervision.SupervisionCalendar;
import cn.js.pilotzone.application.form.FieldKind;
import cn.js.pilotzone.application.form.FieldSpec;
import cn.js.pilotzone.application.form.SectionSpec;
import cn.js.pilotzone.documents.Spreadsheets;

/**
 * A demonstration park fills its whole 申报书 in the browser, imports its enterprises from Excel,
 * attaches evidence, declares the veto items, submits, and downloads the PDF and the .docx; its city
 * then recommends it and uploads the sealed letter; the panel, the province and the public take it to
 * designation; the next January the park files its first annual report, approved by its city.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import(IntegrationTest.Clocks.class)
@ExtendWith(HeadlessChromium.Required.class)
class ApplicationBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static HeadlessChromium chromium;

    @LocalServerPort
    private int port;
    @Autowired
    private TestRounds testRounds;
    @Autowired
    private MutableClock clock;
    @Autowired
    private SupervisionCalendar calendar;

    @AfterEach
    void putTheClockBack() {
        clock.set(IntegrationTest.START);
    }

    private WebDriver browser;
    private WebDriverWait wait;

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    @Test
    void aParkFillsImportsAttachesSubmitsAndDownloadsItsApplicationThenItsCityRecommendsIt() throws Exception {
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        LocalDate today = LocalDate.ofInstant(IntegrationTest.START, TimeConfig.ZONE);
        EvaluationRound round = testRounds.open(today.minusDays(1), today.plusDays(30));
        Path files = Files.createTempDirectory("application-browser-it");

        logIn("park-nanjing");
        open("/rounds/" + round.id());
        browser.findElement(By.id("speciality")).sendKeys("区块链+供应链金融");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches("/applications/\\d+$"));
        String applicationUrl = browser.getCurrentUrl();

        for (SectionSpec section : AppendixA.SECTIONS) {
            open(applicationUrl.substring(applicationUrl.indexOf("/applications")) + "/sections/" + section.key());
            if (section.key().equals("cover")) {
                browser.findElement(By.id("cover-unitName")).sendKeys(SampleApplication.UNIT);
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("autosave-status"), "已自动保存"));
            }
            fillSection(section);
            if (section.key().equals("cover")) {
                screenshot("application-section-cover-zh.png");
            }
            if (section.needsEvidence()) {
                Path evidence = Files.write(files.resolve("证明材料-" + section.key() + ".pdf"),
                        SampleApplication.pdfBytes(section.key()));
                browser.findElement(By.id("evidence-file")).sendKeys(evidence.toString());
                WebElement page = currentPage();
                submitFormOf(By.id("evidence-file"));
                waitForSuccess(page, "证明材料已上传");
            }
        }
        addPolicyRow(applicationUrl);
        importEnterprises(applicationUrl, files);
        screenshot("application-section-industry-zh.png");
        declareVeto(applicationUrl);

        browser.get(applicationUrl);
        assertThat(text(By.id("completeness"))).contains("已填写完整，可以提交。");
        screenshot("application-overview-zh.png");
        click(By.id("submit-application"));
        browser.switchTo().alert().accept();
        wait.until(ExpectedConditions.urlMatches("/versions/1$"));
        assertThat(text(By.cssSelector(".alert-success"))).contains("申报书已提交（第 1 版）");
        screenshot("application-version-zh.png");

        byte[] pdf = download(By.id("download-pdf"));
        // Kept beside the screenshots so that people can look at the printed form a build produced.
        Files.write(SCREENSHOTS.resolve("application-v1.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("(?U)\\s+", "");
            assertThat(text).contains("江苏省区块链技术创新应用试验区评估申报书").contains(SampleApplication.UNIT)
                    .contains("南京链信科技有限公司1").contains("供应链金融").contains("填报说明");
            List<String> notEmbedded = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!font.isEmbedded()) {
                        notEmbedded.add(font.getName());
                    }
                }
            }
            assertThat(notEmbedded).isEmpty();
        }
        byte[] docx = download(By.id("download-docx"));
        try (XWPFWordExtractor words = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(words.getText()).contains("江苏省区块链技术创新应用试验区评估申报书").contains("南京链信科技有限公司2");
        }

        String id = applicationUrl.substring(applicationUrl.lastIndexOf('/') + 1);
        recommendAsTheCity(id, files);
        evaluateAsThePanel(id);
        decideNoticeAndDesignate(id);
        fileTheFirstAnnualReport();
    }

    /**
     * In the January after its designation the park finds its annual report among its to-dos, fills
     * it (Appendix C) with one new enterprise and submits it; its city approves it and the province
     * files it, and the title's history shows it.
     */
    private void fileTheFirstAnnualReport() throws Exception {
        LocalDate january = LocalDate.of(2027, 1, 5);
        clock.set(january.atTime(10, 0).atZone(TimeConfig.ZONE).toInstant());
        calendar.runOn(january);
        switchTo("park-nanjing");
        click(By.partialLinkText("2026 年度报告"));
        wait.until(ExpectedConditions.urlMatches("/applications/\\d+$"));
        String reportUrl = browser.getCurrentUrl();
        String reportPath = reportUrl.substring(reportUrl.indexOf("/applications"));
        assertThat(text(By.id("report-period"))).contains("2026-12-31").contains("2027-01-31");
        for (SectionSpec section : AppendixC.ANNUAL.sections()) {
            open(reportPath + "/sections/" + section.key());
            fillSection(section);
        }
        open(reportPath + "/rosters/newEnterprises/rows/new");
        browser.findElement(By.id("newEnterprises-name")).sendKeys("南京新链数据有限公司");
        browser.findElement(By.id("newEnterprises-creditCode")).sendKeys(TestAccounts.creditCode());
        browser.findElement(By.id("newEnterprises-revenue")).sendKeys("860");
        browser.findElement(By.id("newEnterprises-direction")).sendKeys("区块链+政务数据共享");
        browser.findElement(By.id("newEnterprises-profile")).sendKeys("提供政务数据上链存证服务。");
        WebElement page = currentPage();
        click(By.cssSelector("main form.card button[type=submit]"));
        waitForSuccess(page, "该行已保存");
        screenshot("report-section-growth-zh.png");

        open(reportPath);
        assertThat(text(By.id("completeness"))).contains("已填写完整，可以提交。");
        screenshot("report-overview-zh.png");
        click(By.id("submit-application"));
        browser.switchTo().alert().accept();
        wait.until(ExpectedConditions.urlMatches("/versions/1$"));
        assertThat(text(By.cssSelector(".alert-success"))).contains("报告已提交（第 1 版）");
        byte[] pdf = download(By.id("download-pdf"));
        Files.write(SCREENSHOTS.resolve("annual-report-v1.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("(?U)\\s+", ""))
                    .contains("江苏省区块链技术创新应用报告（南京市）").contains("南京新链数据有限公司").contains("下一年度工作方案");
        }

        String id = reportUrl.substring(reportUrl.lastIndexOf('/') + 1);
        switchTo("nanjing-reviewer");
        open("/review/cases/" + id);
        click(By.id("decision-APPROVE"));
        browser.findElement(By.id("opinion")).sendKeys("年度报告内容完整，同意报送省厅。");
        page = currentPage();
        click(By.cssSelector("#decision-form button[type=submit]"));
        browser.switchTo().alert().accept();
        waitForSuccess(page, "已审核通过");
        assertThat(text(By.id("case-status"))).isEqualTo("已报送省厅");
        screenshot("report-review-approved-zh.png");

        switchTo("province");
        open("/supervision/reports/" + id);
        browser.findElement(By.id("opinion")).sendKeys("已收悉，归档。");
        page = currentPage();
        click(By.cssSelector("#file-form button[type=submit]"));
        browser.switchTo().alert().accept();
        waitForSuccess(page, "年度报告已归档");
        assertThat(text(By.id("report-status"))).isEqualTo("已归档");
        screenshot("report-filed-zh.png");
        click(By.linkText("称号档案"));
        assertThat(text(By.cssSelector("main"))).contains("2026 年年度报告").contains("已归档");
        screenshot("title-history-zh.png");
        open("/supervision");
        screenshot("supervision-board-zh.png");
    }

    /** The province records three experts and forms the panel; each confirms no conflict and rates. */
    private void evaluateAsThePanel(String id) throws Exception {
        switchTo("province");
        for (int i = 1; i <= 3; i++) {
            open("/experts");
            click(By.xpath("//tr[td[contains(., '（expert" + i + "）')]]//a"));
            browser.findElement(By.id("employer")).sendKeys("江苏省区块链研究院" + i);
            click(By.id("field-BLOCKCHAIN_TECHNOLOGY"));
            WebElement page = currentPage();
            click(By.cssSelector("main form.card button[type=submit]"));
            waitForSuccess(page, "专家信息已保存");
        }
        open("/panels/" + id);
        for (int i = 1; i <= 3; i++) {
            click(By.xpath("//tr[td[text()='评估专家" + i + "']]//input[@name='experts']"));
        }
        click(By.xpath("//tr[td[text()='评估专家1']]//input[@name='leader']"));
        screenshot("panel-forming-zh.png");
        WebElement page = currentPage();
        click(By.cssSelector("#forming-form button[type=submit]"));
        browser.switchTo().alert().accept();
        waitForSuccess(page, "专家组已组建");

        for (int i = 1; i <= 3; i++) {
            switchTo("expert" + i);
            open("/panel-tasks");
            page = currentPage();
            click(By.xpath("//div[contains(@class,'task')][.//strong[text()='南京示范软件园（演示）']]"
                    + "//form[contains(@action,'/confirm')]//button"));
            browser.switchTo().alert().accept();
            waitForSuccess(page, "已确认无利益冲突");
            click(By.linkText("评估打分"));
            for (WebElement conform : browser.findElements(By.cssSelector("input[type=radio][value=CONFORMS]"))) {
                click(conform);
            }
            if (i == 1) {
                screenshot("panel-rating-zh.png");
            }
            page = currentPage();
            click(By.id("submit-ratings"));
            waitForSuccess(page, "评估已提交");
        }
        switchTo("expert1");
        open("/panel-tasks");
        click(By.linkText("评估打分"));
        click(By.id("conclusion-CONFORMS"));
        browser.findElement(By.id("panel-opinion")).sendKeys("园区区块链特色鲜明，符合试验区条件。");
        page = currentPage();
        click(By.cssSelector("#conclusion-form button[type=submit]"));
        browser.switchTo().alert().accept();
        waitForSuccess(page, "专家组结论已签署");
    }

    /** Approval, public notice, an objection found unfounded, and designation after the period. */
    private void decideNoticeAndDesignate(String id) throws Exception {
        switchTo("province");
        open("/decisions/" + id);
        click(By.id("kind-APPROVE_FOR_NOTICE"));
        browser.findElement(By.id("decision-opinion")).sendKeys("同意该园区进入公示。");
        WebElement page = currentPage();
        click(By.cssSelector("#decision-form button[type=submit]"));
        browser.switchTo().alert().accept();
        waitForSuccess(page, "园区进入公示");

        browser.manage().deleteAllCookies();
        open("/public/notices");
        click(By.linkText("南京示范软件园（演示）"));
        browser.findElement(By.id("name")).sendKeys("张某某");
        browser.findElement(By.id("contact")).sendKeys("13900001111");
        browser.findElement(By.id("grounds")).sendKeys("该园区部分企业实际经营地不在园区内。");
        screenshot("public-notice-zh.png");
        page = currentPage();
        click(By.cssSelector("#objection-form button[type=submit]"));
        waitForSuccess(page, "异议已提交");

        switchTo("province");
        open("/decisions/" + id);
        browser.findElement(By.cssSelector(".objection textarea[name=reasons]")).sendKeys("经核实，企业经营地均在园区内，异议不成立。");
        page = currentPage();
        click(By.cssSelector(".objection button[value=false]"));
        browser.switchTo().alert().accept();
        waitForSuccess(page, "异议不成立");

        clock.advance(Duration.ofDays(8));
        open("/decisions/" + id);
        browser.findElement(By.id("documentNumber")).sendKeys("苏工信数据〔2026〕18号");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id("documentDate")), "2026-03-10");
        page = currentPage();
        click(By.cssSelector("#designation-form button[type=submit]"));
        browser.switchTo().alert().accept();
        waitForSuccess(page, "已发文公布");
        screenshot("decision-designated-zh.png");

        browser.manage().deleteAllCookies();
        open("/public/zones");
        assertThat(text(By.cssSelector("main table"))).contains("南京示范软件园（演示）").contains("苏工信数据〔2026〕18号");
        screenshot("public-zones-zh.png");
        click(By.linkText("核验"));
        assertThat(text(By.id("verify-state"))).isEqualTo("称号有效");
        assertThat(browser.getPageSource()).doesNotContain("张某某");
    }

    private void switchTo(String login) {
        browser.manage().deleteAllCookies();
        logIn(login);
    }

    /** The park's city reviews the submission, recommends it, and uploads the sealed letter. */
    private void recommendAsTheCity(String id, Path files) throws Exception {
        browser.manage().deleteAllCookies();
        logIn("nanjing-reviewer");
        open("/review/cases");
        browser.findElement(By.linkText("南京示范软件园（演示）")).click();
        wait.until(ExpectedConditions.urlMatches("/review/cases/" + id + "$"));
        click(By.id("decision-RECOMMEND"));
        browser.findElement(By.id("opinion")).sendKeys("园区区块链特色鲜明，申报材料齐全，同意推荐。");
        screenshot("review-case-zh.png");
        WebElement page = currentPage();
        click(By.cssSelector("#decision-form button[type=submit]"));
        browser.switchTo().alert().accept();
        waitForSuccess(page, "已推荐并生成推荐函");

        byte[] letter = download(By.id("letter-pdf"));
        Files.write(SCREENSHOTS.resolve("recommendation-letter.pdf"), letter);
        try (PDDocument document = Loader.loadPDF(letter)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("(?U)\\s+", ""))
                    .contains("推荐函").contains("南京示范软件园（演示）").contains("同意推荐");
        }
        Path sealed = Files.write(files.resolve("盖章推荐函.pdf"), SampleApplication.pdfBytes("sealed letter"));
        browser.findElement(By.id("sealed-file")).sendKeys(sealed.toString());
        page = currentPage();
        submitFormOf(By.id("sealed-file"));
        browser.switchTo().alert().accept();
        waitForSuccess(page, "申报已报送省厅");
        assertThat(text(By.id("case-status"))).isEqualTo("已报送省厅");
        screenshot("review-case-forwarded-zh.png");
    }

    private void fillSection(SectionSpec section) {
        if (section.fields().isEmpty()) {
            return;
        }
        for (FieldSpec field : section.fields()) {
            WebElement input = browser.findElement(By.id(field.htmlId()));
            String value = SampleApplication.value(field);
            if (field.kind() == FieldKind.CHOICE || field.kind() == FieldKind.FLAG) {
                new Select(input).selectByValue(value);
            } else if (field.kind() == FieldKind.DATE) {
                ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
            } else {
                input.clear();
                input.sendKeys(value);
            }
        }
        WebElement page = currentPage();
        click(By.cssSelector("#section-form button[type=submit]"));
        waitForSuccess(page, "已保存");
    }

    private void addPolicyRow(String applicationUrl) {
        browser.get(applicationUrl + "/rosters/policies/rows/new");
        for (FieldSpec column : AppendixA.POLICIES.columns()) {
            WebElement input = browser.findElement(By.id(column.htmlId()));
            if (column.kind() == FieldKind.DATE) {
                ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, "2025-06-01");
            } else {
                input.sendKeys("南京市促进区块链产业发展若干政策");
            }
        }
        WebElement page = currentPage();
        click(By.cssSelector("main form.card button[type=submit]"));
        waitForSuccess(page, "该行已保存");
    }

    private void importEnterprises(String applicationUrl, Path files) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(List.of("南京链信科技有限公司" + i, TestAccounts.creditCode(), i < 2 ? "供应链金融" : "政务服务",
                    "1200.5", "980", "35.2", "48", "区块链技术开发、技术服务", i == 0 ? "是" : "否"));
        }
        Path workbook = Files.write(files.resolve("区块链企业名单.xlsx"), Spreadsheets.write("enterprises",
                List.of("企业名称", "统一社会信用代码", "行业", "产值", "销售收入", "利润", "从业人数", "经营范围", "骨干"), rows));
        browser.get(applicationUrl + "/sections/industry");
        browser.findElement(By.id("import-enterprises")).sendKeys(workbook.toString());
        WebElement page = currentPage();
        submitFormOf(By.id("import-enterprises"));
        browser.switchTo().alert().accept();
        waitForSuccess(page, "导入成功");
        assertThat(text(By.id("roster-enterprises"))).contains("南京链信科技有限公司0").contains("共 3 行");
        assertThat(text(By.cssSelector(".figures"))).contains("66.7%").contains("达到");
    }

    private void declareVeto(String applicationUrl) {
        browser.get(applicationUrl + "/sections/veto");
        for (WebElement box : browser.findElements(By.cssSelector("input[name=declared]"))) {
            if (!box.isSelected()) {
                click(box);
            }
        }
        WebElement page = currentPage();
        click(By.cssSelector("#veto-declaration button[type=submit]"));
        waitForSuccess(page, "声明已保存");
    }

    private byte[] download(By link) throws IOException, InterruptedException {
        String href = browser.findElement(link).getDomProperty("href");
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        return response.body();
    }

    private void submitFormOf(By field) {
        click(browser.findElement(field).findElement(By.xpath("./ancestor::form//button[@type='submit']")));
    }

    private void click(By locator) {
        click(browser.findElement(locator));
    }

    /**
     * Long forms put buttons below the fold; a person scrolls to them before clicking. Instantly,
     * because Bootstrap's smooth scrolling would still be moving when the click lands.
     */
    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private WebElement currentPage() {
        return browser.findElement(By.tagName("html"));
    }

    /** The page that was shown must be gone first, or its own notice could be read as the new one. */
    private void waitForSuccess(WebElement previousPage, String message) {
        wait.until(driver -> gone(previousPage));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), message));
    }

    /**
     * Whether the element's page has been replaced. Chromium may answer a check that races with the
     * navigation with "node does not belong to the document" instead of a stale element: the same news.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    private void logIn(String login) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(TestAccounts.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private String text(By locator) {
        return browser.findElement(locator).getText();
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
