package dev.clearance.server;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by chromedriver, for the browser tests: a driver, a 20-second wait, screenshots
 * into {@code target/screenshots/} (or the folder in the system property {@code clearance.screenshots}), and
 * {@link #close()} quits the browser. Tests call {@link #assumePresent()} per test so that, without Chromium, each
 * test (not just the class) is reported as skipped.
 */
final class Browser implements AutoCloseable {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path shots;

    private Browser(ChromeDriver driver, Path shots) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // pages re-render their results: an element found a moment ago may be replaced while waiting on it
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        this.shots = shots;
    }

    /** @return whether chromium and chromedriver are installed */
    static boolean present() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    /** Skips the calling test when {@link #present()} is false. */
    static void assumePresent() {
        Assumptions.assumeTrue(present(),
                "chromium/chromedriver absent: run .ci/run or apt-get install chromium chromium-driver");
    }

    /**
     * Starts the browser.
     *
     * @param profile the folder for Chromium's user data (the test removes it)
     * @param windowSize {@code width,height} in pixels
     */
    static Browser start(Path profile, String windowSize) throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=" + windowSize, "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        Path shots = Path.of(System.getProperty("clearance.screenshots", "target/screenshots"));
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            Files.createDirectories(shots);
        } catch (IOException | RuntimeException e) {
            driver.quit();
            throw e;
        }
        return new Browser(driver, shots);
    }

    /** @return the driver */
    ChromeDriver driver() {
        return driver;
    }

    /** @return a wait of up to 20 seconds on the driver */
    WebDriverWait waiting() {
        return wait;
    }

    /** Sets a field's value by script: date and number inputs take typed keys differently per locale. */
    void set(WebElement field, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field, value);
    }

    /** Saves a screenshot of the whole page (beyond the window's height) as {@code name.png} in the screenshots folder. */
    void shot(String name) throws IOException {
        byte[] png;
        try {
            Object data = driver.executeCdpCommand("Page.captureScreenshot",
                    java.util.Map.of("format", "png", "captureBeyondViewport", true)).get("data");
            png = java.util.Base64.getDecoder().decode((String) data);
        } catch (RuntimeException e) {
            png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        }
        Files.write(shots.resolve(name + ".png"), png);
    }

    /** Quits the browser. */
    @Override
    public void close() {
        driver.quit();
    }

    /** Closes {@code browser} unless it never started ({@code null}). */
    static void close(Browser browser) {
        if (browser != null) {
            browser.close();
        }
    }
}
