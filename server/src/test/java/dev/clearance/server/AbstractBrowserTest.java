package dev.clearance.server;

import dev.clearance.records.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One server on an in-memory H2 database with the base test lists, and one headless Chromium, for a class of web
 * UI tests; the tests (not just the class) skip when Chromium is absent, so reports count and name them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractBrowserTest {
    protected TestServer server;
    protected Browser browser;
    protected ChromeDriver driver;
    protected WebDriverWait wait;
    protected Path dir;

    /** A name for the database and temporary folder of this class. */
    protected abstract String name();

    @BeforeEach
    void needsChromium() {
        Browser.assumePresent();
    }

    @BeforeAll
    void start() throws Exception {
        if (!Browser.present()) {
            return;
        }
        dir = Files.createTempDirectory("clearance-" + name());
        server = TestServer.start(Database.open("jdbc:h2:mem:" + name() + ";DB_CLOSE_DELAY=-1"),
                TestLists.write(dir, TestLists.BASE), 1 << 20);
        browser = Browser.start(dir.resolve("chromium"), "1280,1000");
        driver = browser.driver();
        wait = browser.waiting();
    }

    @AfterAll
    void stop() {
        Browser.close(browser);
        TestServer.close(server);
        TempDirs.delete(dir);
    }

    /** Opens the UI and signs in with the admin key. */
    protected void signInAsAdmin() {
        driver.get(server.base() + "/");
        js("sessionStorage.clear();");
        driver.get(server.base() + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("api-key")));
        driver.findElement(By.id("api-key")).sendKeys(server.adminKey());
        driver.findElement(By.cssSelector("#login-form button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("app")));
    }

    /** Sets a field by script: date and number inputs take typed keys differently per locale. */
    protected void set(String css, String value) {
        browser.set(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))), value);
    }

    /** Opens a page by its navigation button. */
    protected void tab(String name) {
        driver.findElement(By.cssSelector("nav button[data-tab='" + name + "']")).click();
    }

    /** Clicks an element once it is clickable. */
    protected void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    /** Waits until the element's text contains {@code text}, and returns the element. */
    protected WebElement waitText(String css, String text) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            java.util.List<WebElement> found = driver.findElements(By.cssSelector(css));
            throw new AssertionError("no '" + text + "' in " + css + ": "
                    + (found.isEmpty() ? "(absent)" : found.get(0).getText()), e);
        }
        return driver.findElement(By.cssSelector(css));
    }

    /** Runs a script in the page. */
    protected Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Saves a screenshot into the test output folder. */
    protected void shot(String name) throws java.io.IOException {
        browser.shot(name);
    }

    /** Resizes the window (width, height in CSS pixels). */
    protected void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** The page is no wider than the window: nothing forces a horizontal scroll bar. */
    protected void assertNoHorizontalOverflow(String page) {
        Object overflow = js("const d = document.documentElement;"
                + "const wide = [...document.querySelectorAll('body *')].filter((e) => e.offsetParent !== null"
                + " && !e.closest('.scroll') && e.getBoundingClientRect().right > d.clientWidth + 1)"
                + ".slice(0, 5).map((e) => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className"
                + " + ' ' + Math.round(e.getBoundingClientRect().right));"
                + "return d.scrollWidth > d.clientWidth + 1 ? d.scrollWidth + ' > ' + d.clientWidth + ': ' + wide.join(', ') : '';");
        org.assertj.core.api.Assertions.assertThat((String) overflow).as("horizontal overflow on " + page).isEmpty();
    }
}
