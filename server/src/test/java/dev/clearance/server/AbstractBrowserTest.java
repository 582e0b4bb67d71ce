package dev.clearance.server;

import dev.clearance.records.Database;
import dev.clearance.server.services.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
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
        server = TestServer.start(new Services(Database.open("jdbc:h2:mem:" + name() + ";DB_CLOSE_DELAY=-1"),
                TestLists.write(dir, TestLists.BASE), 1 << 20));
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
        driver.findElement(By.id("api-key")).sendKeys(server.adminKey());
        driver.findElement(By.cssSelector("#login-form button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("app")));
    }

    /** Sets a field by script: date and number inputs take typed keys differently per locale. */
    protected void set(String css, String value) {
        browser.set(driver.findElement(By.cssSelector(css)), value);
    }
}
