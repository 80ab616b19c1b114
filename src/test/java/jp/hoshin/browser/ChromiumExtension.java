package jp.hoshin.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium for the browser tests (packages chromium, chromium-driver and fonts-noto-cjk, installed by
 * .ci/run), one per test class, with what every browser test does: addresses on the application's random port, signing
 * in, waiting for text, confirmations, axe-core (WCAG 2.1 AA) and screenshots under target/screenshots. Register it in
 * a {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} class:
 * <pre>{@code @RegisterExtension static final ChromiumExtension browser = ChromiumExtension.window(1280, 1600);}</pre>
 * Outside CI the tests are skipped when Chromium is missing; in CI they fail instead.
 */
final class ChromiumExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private static final String BINARY = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";
    private static final String DEMO_PASSWORD = "hoshin-demo-local";
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final int width;
    private final int height;
    private Duration implicitWait = Duration.ZERO;
    private ChromeDriver driver;
    private int port;

    private ChromiumExtension(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** A browser with a window of the given size, in Japanese, with no network of its own. */
    static ChromiumExtension window(int width, int height) {
        return new ChromiumExtension(width, height);
    }

    /** Looks for elements up to this long before giving up (none by default). */
    ChromiumExtension waitingForElements(Duration wait) {
        this.implicitWait = wait;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        boolean available = new File(BINARY).canExecute() && new File(DRIVER).canExecute();
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(
                    available, "Chromium is not installed (apt-get install chromium chromium-driver fonts-noto-cjk)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height,
                "--lang=ja-JP");
        driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(DRIVER))
                        .build(),
                options);
        driver.manage().timeouts().implicitlyWait(implicitWait);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Integer local = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getProperty("local.server.port", Integer.class);
        port = local == null ? 0 : local;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** The address of a path on the application under test. */
    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in afresh (cookies cleared) with the demo password and waits for the staff pages. */
    void signIn(String user) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("/staff"));
    }

    /** Waits (through page loads) until the main content shows the text. */
    void waitForText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(d -> d.findElement(By.tagName("main")).getText().contains(text));
    }

    /** Replaces the text of a field. */
    void type(By field, String text) {
        WebElement e = driver.findElement(field);
        e.clear();
        e.sendKeys(text);
    }

    /** An act that cannot be undone asks first, saying what will happen: the question is checked and accepted. */
    void acceptConfirmation(String expected) {
        Alert alert = new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
        assertThat(alert.getText()).contains(expected);
        alert.accept();
    }

    /** Adds the current page's axe-core violations (WCAG 2.1 AA), one line each, to the report. */
    void axe(String page, StringBuilder report) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        for (Rule violation : results.getViolations()) {
            report.append(page)
                    .append(": ")
                    .append(violation.getId())
                    .append(" — ")
                    .append(violation.getHelp())
                    .append(" ")
                    .append(violation.getNodes().stream()
                            .map(n -> n.getTarget().toString())
                            .collect(Collectors.joining(", ")))
                    .append('\n');
        }
    }

    /** The current page has no axe-core violations (WCAG 2.1 AA); the failure names the page. */
    void assertAccessible(String page) {
        StringBuilder report = new StringBuilder();
        axe(page, report);
        assertThat(report.toString()).as("axe-core violations").isEmpty();
    }

    /** The current page has no axe-core violations (WCAG 2.1 AA); the failure names the address. */
    void assertAccessible() {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        assertThat(results.getViolations().stream()
                        .map(v -> v.getId() + " " + v.getHelp())
                        .toList())
                .as("axe-core violations on " + driver.getCurrentUrl())
                .isEmpty();
    }

    /** The whole page, not only the window: the window is made as tall as the page for the shot. */
    void fullPageScreenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        try {
            Number pageHeight = (Number) driver.executeScript("return document.documentElement.scrollHeight");
            driver.manage()
                    .window()
                    .setSize(new Dimension(window.getWidth(), Math.min(16000, pageHeight.intValue() + 200)));
            screenshot(name);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /** The window as target/screenshots/{name}.png ({@code name} may hold a sub-directory). */
    void screenshot(String name) {
        try {
            Path file = Path.of("target", "screenshots").resolve(name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            // screenshots are for people to look at; the assertions are the test
        }
    }
}
