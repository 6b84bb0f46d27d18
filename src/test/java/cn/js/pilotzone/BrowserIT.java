package cn.js.pilotzone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The pages as a person sees them: a real server, a real (headless) Chromium, the demonstration
 * accounts. Labels are written out here rather than read from the message bundles, so that a wrong
 * or missing translation fails the test just as it would confuse a user.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import(IntegrationTest.Clocks.class)
@ExtendWith(HeadlessChromium.Required.class)
class BrowserIT {

    private static final String DEMO_PASSWORD = "Jiangsu#2026";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** One browser for the whole class, started by the first test: Chromium starts slower than pages load. */
    private static HeadlessChromium chromium;

    @LocalServerPort
    private int port;

    private WebDriver browser;
    private WebDriverWait wait;

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    @BeforeEach
    void startLoggedOutInChinese() throws IOException {
        browser = sharedBrowser();
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        forgetPreviousVisitor();
    }

    private static WebDriver sharedBrowser() throws IOException {
        if (chromium == null) {
            chromium = HeadlessChromium.start();
        }
        return chromium.driver();
    }

    /** No session or language cookie from the test before; cookies can only be cleared on the site. */
    private void forgetPreviousVisitor() {
        open("/login");
        browser.manage().deleteAllCookies();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoAccounts")
    void eachRoleSeesItsWorkspaceAndNavigationInChineseAndEnglishThenLogsOut(DemoAccount account) {
        logIn(account.login(), DEMO_PASSWORD);
        SoftAssertions softly = new SoftAssertions();
        checkWorkspace(softly, account, Language.CHINESE);

        open("/?lang=en");
        checkWorkspace(softly, account, Language.ENGLISH);

        softly.assertThat(logOutButton().getText()).as("logout button").isEqualTo("Log out");
        logOutButton().click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
        softly.assertThat(text(By.cssSelector(".alert-success"))).as("logout notice")
                .isEqualTo("You have been logged out.");
        softly.assertAll();
    }

    @Test
    void wrongPasswordIsRefusedInChineseAndKeepsTheTypedUserName() {
        // An account no other test logs into: one failure is far from the lock at five.
        submitLogin("expert5", "Wrong#Password1");

        wait.until(ExpectedConditions.urlContains("/login?error"));
        assertThat(text(By.id("login-error"))).startsWith("用户名或密码错误");
        assertThat(browser.findElement(By.id("username")).getDomProperty("value")).isEqualTo("expert5");
        assertThat(browser.findElement(By.id("password")).getDomProperty("value")).isEmpty();
    }

    /** The system administrator has the widest navigation, where longer English labels would wrap first. */
    @Test
    void savesScreenshotsOfTheWorkspaceInChineseAndEnglishForPeopleToReview() throws IOException {
        logIn("sysadmin", DEMO_PASSWORD);
        Path chinese = screenshot("home-zh.png");

        open("/?lang=en");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1.page-title"), "Workspace"));
        Path english = screenshot("home-en.png");

        assertThat(pngSignature(chinese)).isEqualTo(PNG_SIGNATURE);
        assertThat(pngSignature(english)).isEqualTo(PNG_SIGNATURE);
    }

    static Stream<DemoAccount> demoAccounts() {
        return Stream.of(
                new DemoAccount("province", "省厅管理员", "Province administrator", EnumSet.of(RestrictedLink.VETO_KEYWORDS)),
                new DemoAccount("auditor", "审计管理员", "Audit administrator", EnumSet.of(RestrictedLink.AUDIT)),
                new DemoAccount("sysadmin", "系统管理员", "System administrator",
                        EnumSet.of(RestrictedLink.REGISTRATIONS, RestrictedLink.ORGANISATIONS, RestrictedLink.ACCOUNTS)),
                new DemoAccount("nanjing-reviewer", "市（县）主管部门初审员", "City reviewer",
                        EnumSet.of(RestrictedLink.REGISTRATIONS)),
                new DemoAccount("park-nanjing", "申报单位", "Applicant (park)", EnumSet.noneOf(RestrictedLink.class)),
                new DemoAccount("expert1", "评估专家", "Expert", EnumSet.noneOf(RestrictedLink.class)));
    }

    private void checkWorkspace(SoftAssertions softly, DemoAccount account, Language language) {
        String where = account.login() + " in " + language;
        softly.assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).as(where + ": lang")
                .isEqualTo(language.htmlLang);
        softly.assertThat(texts(By.cssSelector("main .card-header > span:first-child"))).as(where + ": card headers")
                .contains(language.tasks);
        softly.assertThat(texts(By.cssSelector("main dd > span"))).as(where + ": roles")
                .containsExactly(account.roleLabel(language));
        checkNavigation(softly, account, language, where);
    }

    /** Each role-restricted link is shown exactly to the roles the server lets through. */
    private void checkNavigation(SoftAssertions softly, DemoAccount account, Language language, String where) {
        List<String> links = texts(By.cssSelector("nav.site-nav a.nav-link"));
        softly.assertThat(links).as(where + ": navigation").contains(language.home);
        for (RestrictedLink link : RestrictedLink.values()) {
            String label = link.label(language);
            if (account.links().contains(link)) {
                softly.assertThat(links).as(where + ": navigation").contains(label);
            } else {
                softly.assertThat(links).as(where + ": navigation").doesNotContain(label);
            }
        }
    }

    private void logIn(String login, String password) {
        submitLogin(login, password);
        wait.until(ExpectedConditions.urlToBe(url("/")));
    }

    private void submitLogin(String login, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
    }

    private WebElement logOutButton() {
        return browser.findElement(By.cssSelector("header form[action$='/logout'] button"));
    }

    private Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        return Files.write(SCREENSHOTS.resolve(name), png);
    }

    private static byte[] pngSignature(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return Arrays.copyOf(bytes, Math.min(bytes.length, PNG_SIGNATURE.length));
    }

    private void open(String path) {
        browser.get(url(path));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String text(By locator) {
        return browser.findElement(locator).getText();
    }

    private List<String> texts(By locator) {
        return browser.findElements(locator).stream().map(WebElement::getText).toList();
    }

    enum Language {
        CHINESE("zh-CN", "待办事项", "首页"),
        ENGLISH("en", "My tasks", "Home");

        final String htmlLang;
        final String tasks;
        final String home;

        Language(String htmlLang, String tasks, String home) {
            this.htmlLang = htmlLang;
            this.tasks = tasks;
            this.home = home;
        }
    }

    /** Navigation links that only some roles may see. */
    enum RestrictedLink {
        REGISTRATIONS("注册审核", "Registrations"),
        ORGANISATIONS("单位管理", "Organisations"),
        ACCOUNTS("账号管理", "Accounts"),
        AUDIT("审计日志", "Audit log"),
        VETO_KEYWORDS("否决关键词", "Veto keywords");

        private final String chinese;
        private final String english;

        RestrictedLink(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        String label(Language language) {
            return language == Language.CHINESE ? chinese : english;
        }
    }

    record DemoAccount(String login, String chineseRole, String englishRole, Set<RestrictedLink> links) {

        String roleLabel(Language language) {
            return language == Language.CHINESE ? chineseRole : englishRole;
        }

        @Override
        public String toString() {
            return login;
        }
    }
}
