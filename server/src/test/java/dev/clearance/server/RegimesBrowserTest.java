package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.records.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The determination form over the EU and a forced regime in headless Chromium: a member state's export answers
 * under the EU, its timeline button asks the regime that answered (not the exporter's country), and the regime
 * select forces one. Screenshots go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegimesBrowserTest {
    private TestServer server;
    private Browser browser;
    private ChromeDriver driver;
    private WebDriverWait wait;
    private Path dir;

    /** The test, not just the class, is skipped, so reports count and name it. */
    @BeforeEach
    void needsChromium() {
        Browser.assumePresent();
    }

    @BeforeAll
    void start() throws Exception {
        if (!Browser.present()) {
            return;
        }
        dir = Files.createTempDirectory("clearance-regimes-browser");
        server = TestServer.start(new Services(Database.open("jdbc:h2:mem:regimes_browser;DB_CLOSE_DELAY=-1"),
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

    @Test
    void aMemberStatesExportAnswersUnderTheEuAndARegimeCanBeForced() throws Exception {
        driver.get(server.base() + "/");
        driver.findElement(By.id("api-key")).sendKeys(server.adminKey());
        driver.findElement(By.cssSelector("#login-form button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("app")));

        set("#determine-form [name=from]", "DE");
        set("#determine-form [name=to]", "JP");
        set("#determine-form [name=date]", "2022-03-01");
        driver.findElement(By.cssSelector("#determine-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("determine-answer"), "(EU,"));
        assertThat(driver.findElement(By.id("determine-answer")).getText()).contains("EU001");
        // The timeline is the EU's for Japan: a page, not "no regime for DE".
        driver.findElement(By.xpath("//div[@id='determine-result']//button[starts-with(., 'Timeline of EU')]")).click();
        WebElement frame;
        try {
            frame = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                    "#determine-result iframe.report")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no timeline: " + driver.findElement(By.id("determine-result")).getText()
                    + " | " + driver.findElement(By.id("determine-result")).getAttribute("innerHTML"), e);
        }
        assertThat(frame.getAttribute("srcdoc")).contains("EU001");
        assertThat(driver.findElements(By.cssSelector("#determine-result p.error"))).isEmpty();
        browser.shot("regimes-1-eu");

        set("#determine-form [name=to]", "CN");
        set("#determine-form [name=regime]", "JP");
        driver.findElement(By.cssSelector("#determine-form button")).click();
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("determine-answer"), "(JP,"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not forced: " + driver.findElement(By.id("determine-result")).getText(), e);
        }
        browser.shot("regimes-2-forced");
    }

    /** Sets a field by script: date and number inputs take typed keys differently per locale. */
    private void set(String css, String value) {
        browser.set(driver.findElement(By.cssSelector(css)), value);
    }
}
