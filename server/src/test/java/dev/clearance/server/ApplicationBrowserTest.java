package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.records.Database;
import dev.clearance.records.access.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One licence application through the web UI in headless Chromium: a requester determines a KR→JP export, files an
 * application from it, and an officer reviews it, asks for information, resumes and approves it; the licence then
 * appears in the Licences tab. Screenshots go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationBrowserTest {
    private TestServer server;
    private Browser browser;
    private ChromeDriver driver;
    private WebDriverWait wait;
    private Path dir;
    private String requester;
    private String officer;

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
        dir = Files.createTempDirectory("clearance-application-browser");
        server = TestServer.start(
                Database.open("jdbc:h2:mem:application_browser;DB_CLOSE_DELAY=-1"),
                TestLists.write(dir, TestLists.BASE), 1 << 20);
        requester = server.parts().keys().create("alice", Role.REQUESTER, "test").plaintext();
        officer = server.parts().keys().create("olga", Role.OFFICER, "test").plaintext();
        browser = Browser.start(dir.resolve("chromium"), "1280,1400");
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
    void oneApplicationFromFilingToApprovalAndItsLicence() throws Exception {
        signIn(requester, "alice");
        set("#determine-form [name=from]", "KR");
        set("#determine-form [name=to]", "JP");
        set("#determine-form [name=item]", "3C002");
        set("#determine-form [name=date]", "2019-09-19");
        set("#determine-form [name=endUser]", "Sony Semiconductor");
        driver.findElement(By.cssSelector("#determine-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("determine-answer"), "15 days"));
        click("#file-from-determination");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#application-route option")));
        // Filed today by default; this application is backdated to the export's day, and its routes asked again.
        set("#application-form [name=filedOn]", "2019-09-19");
        click("#application-options");
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#application-route option"), "value", "INDIVIDUAL"));
        assertThat(driver.findElement(By.cssSelector("#application-route")).getText()).contains("INDIVIDUAL");
        // the determination's date is the export's
        assertThat(driver.findElement(By.cssSelector("#application-form [name=date]")).getAttribute("value"))
                .isEqualTo("2019-09-19");
        // this walk records a filing made on that day, so it states the filing day
        set("#application-form [name=filedOn]", "2019-09-19");
        set("#application-form [name=holder]", "Acme Korea");
        set("#application-form [name=quantity]", "12");
        set("#application-form [name=value]", "6000");
        set("#application-form [name=currency]", "USD");
        click("#application-file");
        WebElement filed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("application-filed")));
        assertThat(filed.getText()).contains("INDIVIDUAL", "15 working days", "2019-10-10");
        assertThat(driver.findElements(By.cssSelector("#application-message ul.checklist li"))).hasSize(5);
        assertThat(driver.findElement(By.id("application-message")).getText()).contains("End-user undertaking");
        shot("applications-1-filed");

        signIn(officer, "olga");
        driver.findElement(By.cssSelector("nav button[data-tab='applications']")).click();
        set("#applications-asof", "2019-10-15");
        click("#applications-refresh");
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#application-table tr[data-id='1']")));
        assertThat(row.getText()).contains("submitted", "2019-10-10", "OVERDUE");
        row.findElement(By.cssSelector("button.open-application")).click();
        step("#do-review", "2019-09-20", null, "UNDER_REVIEW");
        step("#do-request", "2019-09-25", "signed end-user undertaking", "INFORMATION_REQUESTED");
        assertThat(driver.findElement(By.id("application-clock")).getText()).contains("clock stopped");
        step("#do-resume", "2019-10-02", "received", "UNDER_REVIEW");
        set("#decision-form [name=validTo]", "2020-10-07");
        set("#decision-form [name=conditions]", "no re-export");
        step("#do-approve", "2019-10-08", null, "APPROVED");
        WebElement licence = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("application-licence")));
        assertThat(licence.getText()).contains("KR-INDIVIDUAL-1", "2019-10-08", "2020-10-07");
        assertThat(driver.findElement(By.id("stats-table")).getText()).contains("approved 1", "100% of 1");
        shot("applications-2-approved");

        driver.findElement(By.cssSelector("nav button[data-tab='licences']")).click();
        WebElement registered = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#licence-table tr[data-number='KR-INDIVIDUAL-1']")));
        assertThat(registered.getText()).contains("Acme Korea", "3C002", "JP", "12");
        shot("applications-3-licence");

        // The workload of Korea's 2019-09-18 change over a small order book, as the HTML report.
        Path book = dir.resolve("book.csv");
        Files.writeString(book, "id,from,to,item,date,consignee\n1,KR,JP,3C002,2019-10-01,Sony\n"
                + "2,KR,JP,3C002,2019-11-01,Sony\n3,KR,JP,3C002,2019-12-01,JSR\n");
        driver.findElement(By.cssSelector("nav button[data-tab='workload']")).click();
        driver.findElement(By.id("workload-file")).sendKeys(book.toAbsolutePath().toString());
        set("#workload-form [name=officers]", "1");
        driver.findElement(By.cssSelector("#workload-form button")).click();
        WebElement frame = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#workload-result iframe")));
        driver.switchTo().frame(frame);
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("INDIVIDUAL", "COMPREHENSIVE",
                "months to clear it");
        driver.switchTo().defaultContent();
        shot("applications-4-workload");
    }

    private void signIn(String key, String name) {
        driver.get(server.base() + "/");
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear();");
        driver.get(server.base() + "/");
        driver.findElement(By.id("api-key")).sendKeys(key);
        driver.findElement(By.cssSelector("#login-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), name));
    }

    private void step(String button, String day, String note, String state) {
        set("#decision-form [name=on]", day);
        if (note != null) {
            set("#decision-form [name=note]", note);
        }
        click(button);
        wait.until(ExpectedConditions.attributeToBe(By.id("application-state"), "data-state", state));
    }

    private void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    /** Sets a field by script: date and number inputs take typed keys differently per locale. */
    private void set(String css, String value) {
        browser.set(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))), value);
    }

    private void shot(String name) throws Exception {
        browser.shot(name);
    }
}
