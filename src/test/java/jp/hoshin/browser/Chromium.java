package jp.hoshin.browser;

import java.io.File;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the browser tests (packages chromium and chromium-driver, installed by .ci/run).
 * Outside CI the tests are skipped when it is missing; in CI they fail instead.
 */
final class Chromium {

    private static final String BINARY = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";

    private Chromium() {
    }

    /** An act that cannot be undone asks first, saying what will happen: the question is checked and accepted. */
    static void acceptConfirmation(org.openqa.selenium.WebDriver driver, String expected) {
        var alert = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
        org.assertj.core.api.Assertions.assertThat(alert.getText()).contains(expected);
        alert.accept();
    }

    /** A new browser with a window of the given size, in Japanese, with no network of its own. */
    static ChromeDriver start(int width, int height) {
        boolean available = new File(BINARY).canExecute() && new File(DRIVER).canExecute();
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(available, "Chromium is not installed (apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--lang=ja-JP");
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build(), options);
    }
}
