package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The officer's desk in headless Chromium: a refused list shown on the status bar, on a screening and on a
 * determination; filing from a determination carries its item, destination and end user and files today; deciding
 * an alert asks for a reason and a confirmation, and Escalate; the lists, regimes, keys, impact and workload pages,
 * opened by URL, at 1280 and 420 pixels wide without horizontal overflow; the printable record of a determination
 * and of a screening under print media. Screenshots go to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficerDeskBrowserTest extends AbstractBrowserTest {
    @Override
    protected String name() {
        return "officer_desk";
    }

    @Test
    @Order(1)
    void filingFromADeterminationCarriesItsItemDestinationAndEndUserAndFilesToday() throws Exception {
        signInAsAdmin();
        set("#determine-form [name=from]", "JP");
        set("#determine-form [name=to]", "KR");
        set("#determine-form [name=item]", "3C002.a.2");
        set("#determine-form [name=date]", "2019-07-10");
        set("#determine-form [name=endUser]", "Samsung Electronics");
        click("#determine-form button[type=submit]");
        waitText("#determine-answer", "Licence required");
        assertThat(driver.findElement(By.id("determine-confidence")).getText()).startsWith("Confidence:");
        assertThat(driver.findElement(By.cssSelector("#determine-result .list-versions")).getText()).contains("test@");
        // Sources are citations, never paths into the shared reference folder.
        assertThat(driver.findElement(By.id("determine-result")).getText()).doesNotContain("../shared", "shared/reference");
        click("#file-from-determination");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#application-route option")));
        assertThat(driver.getCurrentUrl()).endsWith("#/applications");
        assertThat(value("#application-form [name=item]")).isEqualTo("3C002.a.2");
        assertThat(value("#application-form [name=to]")).isEqualTo("KR");
        assertThat(value("#application-form [name=endUser]")).isEqualTo("Samsung Electronics");
        String today = (String) js("return today();");
        assertThat(value("#application-form [name=filedOn]")).isEqualTo(today);
        assertThat(LocalDate.parse(today)).isAfter(LocalDate.parse("2026-01-01"));
        set("#application-form [name=holder]", "Acme KK");
        set("#application-form [name=reference]", "PO-77");
        set("#application-form [name=quantity]", "5");
        click("#application-file");
        WebElement filed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("application-filed")));
        assertThat(filed.getAttribute("data-item")).isEqualToIgnoringCase("3C002.a.2");
        assertThat(filed.getAttribute("data-filed-on")).isEqualTo(today);
        assertThat(filed.getText().toLowerCase()).contains("3c002.a.2", "kr", "samsung electronics");
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#application-table tbody tr")));
        assertThat(row.getText().toLowerCase()).contains("3c002.a.2 → kr", today).doesNotContain("overdue").doesNotContain("-26");
        Api.Reply app = server.admin().get("/api/applications/" + row.getAttribute("data-id"));
        assertThat(app.get("item").asText()).isEqualToIgnoringCase("3C002.a.2");
        assertThat(app.get("filedOn").asText()).isEqualTo(today);
        shot("desk-1-filed-today");
    }

    @Test
    @Order(2)
    void decidingAnAlertAsksForAReasonAndAConfirmationAndOffersEscalate() throws Exception {
        Api admin = server.admin();
        for (Map<String, Object> p : List.<Map<String, Object>>of(
                Map.of("key", "C-1", "name", "Ivan Petrovich Sidorov", "country", "RU"),
                Map.of("key", "C-2", "name", "Eastern Star Trading Company", "country", "KP"),
                Map.of("key", "C-3", "name", "Volga Precision Instruments", "country", "RU"))) {
            assertThat(admin.post("/api/parties", p).status()).isEqualTo(201);
        }
        signInAsAdmin();
        tab("alerts");
        WebElement group = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".alert-group[data-party='C-1']")));
        assertThat(driver.findElements(By.cssSelector(".alert-group"))).hasSize(3);
        assertThat(group.findElement(By.cssSelector(".alert-count")).getText()).contains("1 alert");
        assertThat(driver.findElement(By.id("alerts-count")).getText()).contains("3 party");

        // Confirm match without a reason: a visible error, nothing recorded.
        group.findElement(By.cssSelector(".decide-confirmed_match")).click();
        WebElement error = group.findElement(By.cssSelector(".decision-error"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getText()).contains("A reason is required");
        assertThat(admin.get("/api/decisions?partyKey=C-1").get("decisions")).isEmpty();

        // With a reason: a confirmation naming what it does; still nothing recorded until confirmed.
        group.findElement(By.cssSelector(".decision-reason")).sendKeys("same date of birth and passport");
        group.findElement(By.cssSelector(".decide-confirmed_match")).click();
        WebElement confirm = group.findElement(By.cssSelector(".decision-confirm-box"));
        assertThat(confirm.isDisplayed()).isTrue();
        assertThat(confirm.getText()).contains("BLOCKS", "C-1", "same date of birth and passport");
        assertThat(admin.get("/api/decisions?partyKey=C-1").get("decisions")).isEmpty();
        shot("desk-2-confirm-match-asks");
        confirm.findElement(By.cssSelector(".decision-confirm")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".alert-group[data-party='C-1'] .alert-card"),
                "data-state", "CONFIRMED"));
        assertThat(admin.get("/api/decisions?partyKey=C-1").get("decisions").get(0).get("decision").asText())
                .isEqualTo("CONFIRMED_MATCH");

        // Unblocking (a false positive over the confirmed match) says so before anything is recorded.
        WebElement blocked = driver.findElement(By.cssSelector(".alert-group[data-party='C-1']"));
        blocked.findElement(By.cssSelector(".decision-reason")).sendKeys("second look");
        blocked.findElement(By.cssSelector(".decide-false_positive")).click();
        assertThat(blocked.findElement(By.cssSelector(".decision-confirm-box")).getText()).contains("UNBLOCKS");
        blocked.findElement(By.cssSelector(".decision-cancel")).click();
        assertThat(admin.get("/api/decisions?partyKey=C-1").get("decisions")).hasSize(1);

        // Escalate.
        WebElement other = driver.findElement(By.cssSelector(".alert-group[data-party='C-2']"));
        other.findElement(By.cssSelector(".decision-reason")).sendKeys("needs the trade desk's view");
        other.findElement(By.cssSelector(".decide-escalated")).click();
        other.findElement(By.cssSelector(".decision-confirm")).click();
        wait.until(d -> admin.get("/api/decisions?partyKey=C-2").get("decisions").size() == 1);
        assertThat(admin.get("/api/decisions?partyKey=C-2").get("decisions").get(0).get("decision").asText())
                .isEqualTo("ESCALATED");
        shot("desk-3-alerts-grouped");

        // The drawdown form is hidden until a licence is chosen.
        tab("licences");
        waitText("#drawdown-hint", "Choose a licence");
        assertThat(driver.findElement(By.id("drawdown-form")).isDisplayed()).isFalse();
    }

    @Test
    @Order(3)
    void everyCapabilityHasAPageOpenedByUrlThatFitsNarrowAndWideWindows() throws Exception {
        signInAsAdmin();
        for (int width : new int[] {1280, 420}) {
            resize(width, 1000);
            open("#/regimes?view=compare&regime=JP&with=KR&date=2019-09-01");
            WebElement compare = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compare-report")));
            assertThat(compare.getAttribute("srcdoc")).contains("KR");
            fits("compare", width);
            open("#/regimes?view=diff&regime=JP&from=2019-08-27&to=2019-08-28");
            WebElement day = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#diff-result .diff-day[data-day='2019-08-28']")));
            assertThat(day.getText()).contains("KR");
            assertThat(day.getText()).doesNotContain("../shared");
            fits("diff", width);
            open("#/regimes?view=timeline&regime=KR&country=JP&until=2020-01-01");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeline-report")));
            fits("timeline", width);
            open("#/regimes?view=terms");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#terms-table tr[data-term='INDIVIDUAL']")));
            fits("terms", width);
            open("#/lists");
            WebElement list = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#lists-table tr[data-list='test']")));
            assertThat(list.getAttribute("data-state")).isEqualTo("current");
            fits("lists", width);
            open("#/keys");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#keys-table tr[data-name='admin']")));
            fits("keys", width);
            open("#/impact");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("impact-form")));
            fits("impact", width);
            open("#/workload");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("workload-form")));
            fits("workload", width);
            for (String page : List.of("determine", "screen", "batch", "licences", "applications", "parties", "alerts",
                    "audit")) {
                open("#/" + page);
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tab-" + page)));
                fits(page, width);
            }
        }
        resize(1280, 1000);

        // Lists: update now.
        open("#/lists");
        click("#lists-update");
        waitText("#lists-outcome", "unchanged");
        shot("desk-4-lists");

        // Keys: create one, its secret shown once; revoke it after a second click.
        open("#/keys");
        set("#key-form [name=name]", "erp");
        set("#key-form [name=role]", "requester");
        click("#key-form button[type=submit]");
        assertThat(waitText("#key-plaintext", "clr_").getText()).startsWith("clr_");
        WebElement erp = driver.findElement(By.cssSelector("#keys-table tr[data-name='erp']"));
        erp.findElement(By.cssSelector(".revoke")).click();
        driver.findElement(By.cssSelector("#keys-table tr[data-name='erp'] .revoke")).click();
        waitText("#tab-keys", "revoked");
        assertThat(driver.findElement(By.cssSelector("#keys-table tr[data-name='erp']")).getText()).contains("20");
        shot("desk-5-keys");

        // Impact between two dates, then under a what-if scenario; and the changes CSV.
        Path book = dir.resolve("impact-book.csv");
        Files.writeString(book, "id,from,to,item,date\n1,JP,KR,2B001,2019-08-01\n2,JP,US,2B001,2019-08-01\n"
                + "3,JP,KR,3C002.a.2,2021-06-01\n");
        open("#/impact");
        driver.findElement(By.id("impact-file")).sendKeys(book.toString());
        click("#impact-form button[type=submit]");
        WebElement report = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("impact-report")));
        assertThat(report.getAttribute("srcdoc")).contains("GENERAL_BULK");
        click("#impact-csv");
        wait.until(ExpectedConditions.attributeToBe(By.id("impact-csv-status"), "data-done", "true"));
        Path scenario = dir.resolve("scenario.yaml");
        Files.copy(Path.of("../examples/scenario.yaml"), scenario);
        set("#impact-mode", "scenario");
        js("ImpactPage.sync();");
        driver.findElement(By.id("impact-scenario")).sendKeys(scenario.toString());
        set("#impact-form [name=after]", "2021-06-01");
        click("#impact-form button[type=submit]");
        wait.until(d -> String.valueOf(d.findElement(By.id("impact-report")).getAttribute("srcdoc"))
                .contains("with scenario"));
        shot("desk-6-impact-scenario");
        Api.Reply csv = server.admin().send("POST", "/api/impact?before=2019-08-27&after=2019-08-28&format=csv",
                "id,from,to,item,date\n1,JP,KR,2B001,2019-08-01\n", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).startsWith("id,from,to,item,date,before_licence_options,after_licence_options")
                .contains("GENERAL_BULK");
    }

    @Test
    @Order(4)
    void aDeterminationAndAScreeningPrintAsRecordsWithoutTheNavigation() throws Exception {
        signInAsAdmin();
        set("#determine-form [name=to]", "KR");
        set("#determine-form [name=item]", "3C002");
        set("#determine-form [name=date]", "2019-07-10");
        set("#determine-form [name=endUser]", "Volga Precision Instruments");
        click("#determine-form button[type=submit]");
        waitText("#determine-answer", "Licence required");
        click("#print-determination");
        WebElement record = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("print-record")));
        assertThat(record.getText()).contains("Record of a licence determination", "Asked by", "admin",
                "3C002", "Trace", "Source", "List versions", "test@", "Audit record");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(driver.findElement(By.tagName("nav")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.tagName("header")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.id("determine-form")).isDisplayed()).isFalse();
            assertThat(record.isDisplayed()).isTrue();
            assertThat(driver.findElement(By.cssSelector("#print-record ol.trace")).isDisplayed()).isTrue();
            shot("desk-7-determination-print");
            Object pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("printBackground", false)).get("data");
            Path out = Path.of(System.getProperty("clearance.screenshots", "target/screenshots"), "determination-record.pdf");
            Files.write(out, Base64.getDecoder().decode((String) pdf));
            assertThat(Files.size(out)).isGreaterThan(1000);
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        click("#record-close");

        tab("screen");
        set("#screen-form [name=name]", "Boris Nikolaevich Kuznetsov");
        click("#screen-form button[type=submit]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hit[data-entry='ftm:p2']")));
        click("#print-screening");
        record = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("print-record")));
        assertThat(record.getText()).contains("Record of a restricted-party screening", "ftm:p2", "List versions",
                "Matched name");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(driver.findElement(By.tagName("nav")).isDisplayed()).isFalse();
            assertThat(record.isDisplayed()).isTrue();
            shot("desk-8-screening-print");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        click("#record-close");
    }

    @Test
    @Order(5)
    void aRefusedListIsShownOnTheStatusBarOnAScreeningAndOnADetermination() throws Exception {
        // The list's source shrinks to one entry: the load is refused and the last good version stays in use.
        Files.writeString(dir.resolve("test-list.jsonl"), TestLists.BASE.lines().findFirst().orElseThrow() + "\n");
        assertThat(server.admin().post("/api/lists/reload", Map.of()).status()).isEqualTo(422);
        try {
            signInAsAdmin();
            WebElement bar = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#status-bar[data-status='degraded']")));
            assertThat(bar.getText()).contains("Lists degraded", "test", "last load refused");

            tab("screen");
            set("#screen-form [name=name]", "Eastern Star Trading");
            click("#screen-form button[type=submit]");
            WebElement warning = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#screen-result .warning[data-warning='older']")));
            assertThat(warning.getText()).contains("older list version", "test", "last load refused");
            assertThat(driver.findElement(By.cssSelector("#screen-result .list-versions")).getText()).contains("test@");
            shot("desk-9-degraded-screening");

            tab("determine");
            set("#determine-form [name=endUser]", "Eastern Star Trading");
            click("#determine-form button[type=submit]");
            WebElement dw = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#determine-result .warning[data-warning='older']")));
            assertThat(dw.getText()).contains("last load refused");
            shot("desk-10-degraded-determination");

            open("#/lists");
            WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#lists-table tr[data-list='test']")));
            assertThat(row.getAttribute("data-state")).isEqualTo("refused-load");
            assertThat(driver.findElements(By.cssSelector("#refused-table tr[data-list='test']"))).isNotEmpty();
            shot("desk-11-lists-refused");
        } finally {
            Files.writeString(dir.resolve("test-list.jsonl"), TestLists.BASE);
            server.admin().post("/api/lists/reload", Map.of());
        }
    }

    private void open(String hash) {
        driver.get(server.base() + "/" + hash);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("app")));
    }

    private void fits(String page, int width) throws Exception {
        assertNoHorizontalOverflow(page + " at " + width + " px");
        shot("desk-page-" + page + "-" + width);
    }

    private String value(String css) {
        return driver.findElement(By.cssSelector(css)).getAttribute("value");
    }
}
