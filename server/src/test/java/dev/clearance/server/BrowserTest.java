package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web UI end to end in headless Chromium: a determination, a screening with a false-positive decision, a batch
 * upload, a licence registered and drawn down, and then all of them in the audit trail page with the chain verified.
 * Screenshots go to {@code target/screenshots/} (the build folder).
 */
class BrowserTest extends AbstractBrowserTest {
    @Override
    protected String name() {
        return "browser";
    }

    @Test
    void actionsMadeInTheUiAppearInTheVerifiedAuditTrail() throws Exception {
        signInAsAdmin();
        assertThat(driver.findElement(By.id("who")).getText()).contains("admin");

        // Determination with its trace.
        driver.findElement(By.cssSelector("#determine-form button")).click();
        WebElement answer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("determine-answer")));
        assertThat(answer.getText()).startsWith("Licence required");
        assertThat(driver.findElements(By.cssSelector("ol.trace li"))).isNotEmpty();
        // Optional parts of the answer are left out, not printed as "null".
        assertThat(driver.findElement(By.id("determine-result")).getText()).doesNotContain("null");
        shot("1-determination");

        // With US content above the de minimis level, the EAR answer for the re-export stands beside Japan's.
        set("#determine-form [name=to]", "CN");
        set("#determine-form [name=date]", "2026-09-01");
        set("#determine-form [name=usContent]", "30");
        driver.findElement(By.cssSelector("#determine-form button")).click();
        WebElement reexport = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("determine-reexport")));
        assertThat(reexport.getText()).contains("Re-export under the US EAR").contains("Licence required: LICENSE");
        assertThat(driver.findElement(By.id("determine-de-minimis")).getText()).contains("30").contains("25");
        set("#determine-form [name=usContent]", "");
        shot("1b-reexport");

        // The sanctions layer says what kind of answer it is: Korea refuses strategic items to Russia in principle.
        set("#determine-form [name=from]", "KR");
        set("#determine-form [name=to]", "RU");
        set("#determine-form [name=date]", "2023-01-01");
        driver.findElement(By.cssSelector("#determine-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("determine-answer"), "policy of denial"));
        assertThat(driver.findElement(By.id("determine-policy")).getAttribute("data-policy")).isEqualTo("denial");
        shot("1c-denial");

        // The region of the destination offers only the destination's regions, read from the API (none for Russia).
        assertThat(driver.findElement(By.id("determine-region")).isEnabled()).as("no known region of RU").isFalse();
        set("#determine-form [name=from]", "US");
        set("#determine-form [name=item]", "EAR99");
        set("#determine-form [name=date]", "2026-09-01");
        WebElement to = driver.findElement(By.cssSelector("#determine-form [name=to]"));
        set("#determine-form [name=to]", "");
        to.sendKeys("UA");
        Select region = new Select(driver.findElement(By.id("determine-region")));
        assertThat(region.getOptions()).extracting(o -> o.getAttribute("value"))
                .contains("", "UA-43", "UA-DNR", "UA-46").allMatch(v -> v.isEmpty() || v.startsWith("UA-"));
        assertThat(region.getFirstSelectedOption().getAttribute("value")).as("not given by default").isEmpty();
        // Without the region, the Crimea/DNR/LNR footnote is a doubt the answer names; Crimea and Lviv decide it.
        String unsaid = determineAgain();
        assertThat(driver.findElement(By.cssSelector("ol.trace")).getText()).contains("the request names no region");
        assertThat(driver.findElement(By.id("determine-confidence")).getAttribute("data-confidence")).isEqualTo("check");
        set("#determine-region", "UA-43");
        String crimea = determineAgain();
        assertThat(crimea).startsWith("Licence required");
        assertThat(driver.findElement(By.cssSelector("ol.trace")).getText()).contains("the goods go to UA-43");
        set("#determine-region", "UA-46");
        String lviv = determineAgain();
        assertThat(driver.findElement(By.cssSelector("ol.trace")).getText()).contains("the goods go to UA-46");
        assertThat(lviv).isNotEqualTo(crimea);
        assertThat(unsaid).as("without the region").isNotEqualTo(lviv);
        shot("1d-region");

        // Where the end user is headquartered decides §744.23(a)(4)(ii): any listed item to the UK for the development
        // or production of semiconductor equipment by an entity headquartered in D:5 or Macau.
        set("#determine-region", "");
        set("#determine-form [name=to]", "GB");
        set("#determine-form [name=item]", "2B001");
        set("#determine-form [name=endUse]", "semiconductor-equipment");
        determineAgain();
        assertThat(driver.findElement(By.cssSelector("ol.trace")).getText())
                .contains("the request does not say where the end user is headquartered");
        assertThat(driver.findElement(By.id("determine-confidence")).getAttribute("data-confidence")).isEqualTo("check");
        set("#determine-form [name=headquarters]", "CN");
        String china = determineAgain();
        assertThat(driver.findElement(By.cssSelector("ol.trace")).getText())
                .contains("744.23(a)(4)(ii)").contains("headquartered in CN");
        set("#determine-form [name=headquarters]", "SG,US");
        String elsewhere = determineAgain();
        assertThat(driver.findElement(By.cssSelector("ol.trace")).getText()).doesNotContain("744.23(a)(4)(ii)");
        assertThat(china).startsWith("Licence required").contains("policy of denial");
        assertThat(elsewhere).isNotEqualTo(china).doesNotContain("policy of denial");
        // A country code the server does not know is refused naming the field, shown next to it.
        set("#determine-form [name=headquarters]", "CN,XX");
        driver.findElement(By.cssSelector("#determine-form button")).click();
        WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#determine-headquarters + .field-error")));
        assertThat(refused.getAttribute("data-field")).isEqualTo("headquarters");
        assertThat(driver.findElement(By.id("determine-headquarters")).getAttribute("class")).contains("invalid");
        shot("1e-headquarters-refused");
        set("#determine-form [name=headquarters]", "");
        set("#determine-form [name=endUse]", "civil");
        determineAgain();
        assertThat(driver.findElements(By.cssSelector("#determine-form .field-error"))).as("cleared").isEmpty();

        // Screening, then a false-positive decision: the hit stays visible, marked reviewed.
        tab("screen");
        set("#screen-form [name=name]", "Ivan Petrovich Sidorov");
        set("#screen-form [name=dob]", "1963");
        driver.findElement(By.cssSelector("#screen-form button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hit[data-entry='ftm:p1']")));
        assertThat(driver.findElement(By.cssSelector(".hit")).getText()).contains("ivan→ivan exact", "Date of birth differs");
        driver.findElement(By.cssSelector(".hit .fp-reason")).sendKeys("born 1971; the listed person in 1960");
        assertThat(driver.findElements(By.cssSelector(".hit .decision-kind option"))).hasSize(3);
        driver.findElement(By.cssSelector(".hit .fp-button")).click();
        // Nothing is recorded before the officer confirms the decision and its reason.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hit .decision-confirm"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".hit .badge"),
                "reviewed: false positive"));
        driver.findElement(By.cssSelector(".hit .decision-history")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(
                ".hit .decision-history-list li[data-decision='FALSE_POSITIVE']"), "by admin: born 1971"));
        shot("2-screening-reviewed");

        // Batch upload with progress.
        tab("batch");
        Path csv = dir.resolve("parties.csv");
        StringBuilder rows = new StringBuilder("id,name,country\n");
        for (int i = 1; i <= 300; i++) {
            rows.append(i).append(",").append(i == 150 ? "Eastern Star Trading" : "Party " + i).append(",\n");
        }
        Files.writeString(csv, rows);
        driver.findElement(By.id("batch-file")).sendKeys(csv.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("#batch-form button")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("batch-done"), "data-status", "DONE"));
        assertThat(driver.findElement(By.id("batch-done")).getText()).contains("done, 300 of 300");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("batch-page-info"), "300 rows"));
        assertThat(driver.findElements(By.cssSelector("#batch-table tbody tr"))).hasSize(100);
        driver.findElement(By.id("batch-next")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("batch-page-info"), "showing 101–200"));
        driver.findElement(By.id("batch-hits-only")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("batch-page-info"),
                "1 rows needing a look"));
        assertThat(driver.findElement(By.id("batch-page-info")).getText()).contains("showing 1–1");
        assertThat(driver.findElement(By.cssSelector("#batch-table tbody tr")).getAttribute("data-row"))
                .isEqualTo("150");
        driver.findElement(By.id("batch-download")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("batch-download-status"), "data-done", "true"));
        assertThat(driver.findElement(By.id("batch-download-status")).getText()).startsWith("Downloaded");
        shot("3-batch");

        // Licence registered, then drawn down.
        tab("licences");
        driver.findElement(By.cssSelector("#tab-licences summary")).click();
        set("#licence-form [name=number]", "JP-UI-1");
        set("#licence-form [name=holder]", "Acme KK");
        set("#licence-form [name=entries]", "3C002");
        set("#licence-form [name=destinations]", "KR");
        set("#licence-form [name=quantityLimit]", "100");
        set("#licence-form [name=validFrom]", "2019-01-01");
        set("#licence-form [name=validTo]", "2019-12-31");
        driver.findElement(By.cssSelector("#licence-form button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-number='JP-UI-1'] .drawdown-button")))
                .click();
        set("#drawdown-form [name=consignee]", "Samsung");
        set("#drawdown-form [name=quantity]", "40");
        set("#drawdown-form [name=value]", "1000");
        set("#drawdown-form [name=date]", "2019-08-01");
        driver.findElement(By.cssSelector("#drawdown-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("drawdown-result"), "recorded"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("tr[data-number='JP-UI-1'] .remaining-qty"), "60"));
        shot("4-licence-drawdown");

        // What 28 August 2019 does to an order book, as the impact report.
        tab("impact");
        Path book = dir.resolve("orders.csv");
        Files.writeString(book, "id,from,to,item,date\n1,JP,KR,2B001,2019-08-01\n2,JP,US,2B001,2019-08-01\n");
        driver.findElement(By.id("impact-file")).sendKeys(book.toString());
        driver.findElement(By.cssSelector("#impact-form button[type=submit]")).click();
        WebElement report = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("impact-report")));
        assertThat(report.getAttribute("srcdoc")).contains("GENERAL_BULK");
        shot("4b-impact");

        // The audit trail page shows every action and a verified chain.
        tab("audit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chain-status"), "verified"));
        Set<String> actions = new HashSet<>();
        for (WebElement row : driver.findElements(By.cssSelector("#audit-table tbody tr"))) {
            actions.add(row.getAttribute("data-action"));
        }
        assertThat(actions).contains("DETERMINATION", "SCREENING", "HIT_REVIEWED", "BATCH_SCREENING",
                "LICENCE_REGISTERED", "LICENCE_DRAWDOWN", "LIST_LOADED");
        assertThat(server.parts().audit().verify().ok()).isTrue();
        shot("5-audit");

        // Someone with owner rights edits the drawdown's record behind the application's back.
        long drawdown = Long.parseLong(driver.findElement(By.cssSelector(
                "#audit-table tbody tr[data-action='LICENCE_DRAWDOWN'] td")).getText());
        try (java.sql.Connection c = server.parts().database().dataSource().getConnection();
             java.sql.Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER IF EXISTS audit_record_guard");
            s.executeUpdate("UPDATE audit_record SET outputs = '{\"accepted\":false}' WHERE seq = " + drawdown);
        }
        driver.findElement(By.id("audit-refresh")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chain-status"),
                "BROKEN at record " + drawdown));
        shot("6-audit-tampered");
    }

    /** Submits the determination form and answers the new answer line (the one shown before has gone). */
    private String determineAgain() {
        java.util.List<WebElement> before = driver.findElements(By.cssSelector("#determine-result > *"));
        driver.findElement(By.cssSelector("#determine-form button")).click();
        if (!before.isEmpty()) {
            wait.until(ExpectedConditions.stalenessOf(before.get(0)));
        }
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("determine-answer"))).getText();
    }
}
