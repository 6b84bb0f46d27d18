package cn.js.pilotzone;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The Debian Chromium and its chromedriver, started headless with a throw-away profile. Both paths
 * are given explicitly so that Selenium never tries to download a browser or a driver.
 */
public final class HeadlessChromium implements AutoCloseable {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final String NOT_INSTALLED = "Chromium/chromedriver not installed at /usr/bin: browser tests skipped";

    private final Path profile;
    private final WebDriver driver;

    private HeadlessChromium(Path profile, WebDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    static boolean isInstalled() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    public static HeadlessChromium start() throws IOException {
        Path profile = Files.createTempDirectory("browser-it-profile");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        try {
            WebDriver driver = new ChromeDriver(service, options(profile));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new HeadlessChromium(profile, driver);
        } catch (RuntimeException e) {
            deleteRecursively(profile);
            throw e;
        }
    }

    /**
     * No sandbox because builds often run as root in a container, where Chromium refuses to start
     * with one; the other flags keep it from talking to anything but the test server.
     */
    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1366,900", "--user-data-dir=" + profile);
        return options;
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteRecursively(profile);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(HeadlessChromium::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Skips every test of a class when the browser is missing. The check runs before the test
     * instance exists, so Spring does not start a server for nothing, and each test is reported as
     * skipped (an assumption failing in {@code @BeforeAll} would report no tests at all).
     */
    public static final class Required implements BeforeAllCallback, TestInstancePreConstructCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            if (!isInstalled()) {
                System.out.println(NOT_INSTALLED);
            }
        }

        @Override
        public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
            Assumptions.assumeTrue(isInstalled(), NOT_INSTALLED);
        }
    }
}
