package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The determination form over the EU and a forced regime in headless Chromium: a member state's export answers
 * under the EU, its timeline button asks the regime that answered (not the exporter's country), and the regime
 * select forces one. Screenshots go to {@code target/screenshots/}.
 */
class RegimesBrowserTest extends AbstractBrowserTest {
    @Override
    protected String name() {
        return "regimes_browser";
    }

    @Test
    void aMemberStatesExportAnswersUnderTheEuAndARegimeCanBeForced() throws Exception {
        signInAsAdmin();

        set("#determine-form [name=from]", "DE");
        set("#determine-form [name=to]", "JP");
        set("#determine-form [name=date]", "2022-03-01");
        driver.findElement(By.cssSelector("#determine-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("determine-answer"), "(EU,"));
        assertThat(driver.findElement(By.id("determine-answer")).getText()).contains("EU001");
        // The timeline is the EU's for Japan: a page, not "no regime for DE".
        click("#timeline-button");
        WebElement frame;
        try {
            frame = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline-report")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no timeline: " + driver.findElement(By.id("regimes-result")).getText(), e);
        }
        assertThat(frame.getAttribute("srcdoc")).contains("EU001");
        assertThat(driver.getCurrentUrl()).contains("#/regimes?view=timeline&regime=EU&country=JP");
        assertThat(driver.findElements(By.cssSelector("#regimes-result p.error"))).isEmpty();
        browser.shot("regimes-1-eu");

        tab("determine");
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

}
