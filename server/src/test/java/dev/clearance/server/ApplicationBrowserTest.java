package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.records.Database;
import dev.clearance.records.Role;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One licence application through the web UI in headless Chromium: a requester determines a KR→JP export, files an
 * application from it, and an officer reviews it, asks for information, resumes and approves it; the licence then
 * appears in the Licences tab. Screenshots go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationBrowserTest {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private Services services;
    private ClearanceServer server;
    private ChromeDriver driver;
    private WebDriverWait wait;
    private Path shots;
    private Path dir;
    private String requester;
    private String officer;

    /** The test, not just the class, is skipped, so reports count and name it. */
    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(browserPresent(),
                "chromium/chromedriver absent: run .ci/run or apt-get install chromium chromium-driver");
    }

    private static boolean browserPresent() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    @BeforeAll
    void start() throws Exception {
        if (!browserPresent()) {
            return;
        }
        dir = Files.createTempDirectory("clearance-application-browser");
        services = new Services(Database.open("jdbc:h2:mem:application_browser;DB_CLOSE_DELAY=-1"),
                TestLists.write(dir, TestLists.BASE), 1 << 20);
        services.keys().ensureFirstAdmin().orElseThrow();
        requester = services.keys().create("alice", Role.REQUESTER, "test").plaintext();
        officer = services.keys().create("olga", Role.OFFICER, "test").plaintext();
        services.lists().reload("system");
        server = ClearanceServer.create(services).start("127.0.0.1", 0);

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1400", "--user-data-dir=" + dir.resolve("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        shots = Path.of(System.getProperty("clearance.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (services != null) {
            services.close();
        }
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
        assertThat(driver.findElement(By.cssSelector("#application-route")).getText()).contains("INDIVIDUAL");
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
        assertThat(row.getText()).contains("SUBMITTED", "2019-10-10", "OVERDUE");
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
        assertThat(driver.findElement(By.id("stats-table")).getText()).contains("APPROVED 1", "100% of 1");
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
        driver.findElement(By.cssSelector("nav button[data-tab='applications']")).click();
        driver.findElement(By.xpath("//summary[starts-with(., 'Workload')]")).click();
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
        driver.get("http://127.0.0.1:" + server.port() + "/");
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear();");
        driver.get("http://127.0.0.1:" + server.port() + "/");
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
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-state"), state));
    }

    private void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    /** Sets a field by script: date and number inputs take typed keys differently per locale. */
    private void set(String css, String value) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", e, value);
    }

    private void shot(String name) throws Exception {
        Files.write(shots.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
