package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The Products page in headless Chromium (issue 21): the product master listed with its current entries and review
 * state; a product's record page with every classification; approving asks for a reason and a confirmation naming
 * the entry and regime, records nothing before it is confirmed, and refuses the officer who proposed it (four eyes);
 * the page in Japanese. Screenshots go to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductsBrowserTest extends AbstractBrowserTest {
    @Override
    protected String name() {
        return "products";
    }

    private void signIn(String key) {
        driver.get(server.base() + "/");
        js("sessionStorage.clear();");
        driver.get(server.base() + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("api-key")));
        driver.findElement(By.id("api-key")).sendKeys(key);
        driver.findElement(By.cssSelector("#login-form button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("app")));
    }

    private String jpProposal(String key) {
        for (var c : server.admin().get("/api/products/" + key).get("classifications")) {
            if (c.path("regime").asText().equals("JP") && c.path("status").asText().equals("PROPOSED")) {
                return c.path("id").asText();
            }
        }
        throw new AssertionError("no JP proposal for " + key);
    }

    @Test
    @Order(1)
    void aProductSavedInThePageIsClassifiedAndListedAsWaitingForReview() throws Exception {
        signInAsAdmin();
        tab("products");
        set("#product-form [name=key]", "FILM-9");
        set("#product-form [name=description]", "fluorinated polyimide film");
        set("#product-form [name=parameters]", "fluorine=12%wt");
        click("#product-form button[type=submit]");
        waitText("#product-title", "FILM-9");
        assertThat(driver.getCurrentUrl()).contains("#/products?key=FILM-9");
        WebElement jp = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#product-classifications tr[data-status=PROPOSED]")));
        assertThat(jp.getText()).contains("1C009.b");
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#products-table tr[data-key='FILM-9']")));
        assertThat(row.findElement(By.cssSelector("[data-review]")).getAttribute("data-review")).isEqualTo("true");
        shot("products-1-saved");
    }

    @Test
    @Order(2)
    void approvingAsksForAReasonAndAConfirmationAndNeedsASecondOfficer() throws Exception {
        Api admin = server.admin();
        assertThat(admin.post("/api/products", Map.of("key", "FILM-10", "description", "fluorinated polyimide film",
                "parameters", List.of("fluorine=12%wt"))).status()).isEqualTo(201);
        String id = jpProposal("FILM-10");
        String css = "#product-classifications tr[data-classification='" + id + "']";

        // The officer who proposed it: refused by the server, shown as four eyes.
        signInAsAdmin();
        driver.get(server.base() + "/#/products?key=FILM-10");
        WebElement mine = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        mine.findElement(By.cssSelector(".approve-start")).click();
        assertThat(mine.findElement(By.cssSelector(".approve-message")).getText()).contains("reason");
        mine.findElement(By.cssSelector(".approve-reason")).sendKeys("mine");
        mine.findElement(By.cssSelector(".approve-start")).click();
        mine.findElement(By.cssSelector(".approve-confirm")).click();
        waitText(css + " .approve-message", "Four eyes");
        assertThat(admin.get("/api/products/FILM-10").text()).doesNotContain("APPROVED");

        // A second officer: a reason, a confirmation naming the entry and regime, then approved.
        Api.Reply key = admin.post("/api/keys", Map.of("name", "second-officer", "role", "officer"));
        signIn(key.get("key").asText());
        driver.get(server.base() + "/#/products?key=FILM-10");
        WebElement proposed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        proposed.findElement(By.cssSelector(".approve-reason")).sendKeys("fluorine content checked on the sheet");
        proposed.findElement(By.cssSelector(".approve-start")).click();
        WebElement confirm = proposed.findElement(By.cssSelector(".approve-confirm"));
        assertThat(confirm.getText()).contains("1C009.b", "JP");
        assertThat(admin.get("/api/products/FILM-10").text()).doesNotContain("APPROVED");
        shot("products-2-confirm");
        confirm.click();
        waitText("#product-done", "Approved");
        WebElement approved = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#product-classifications tr[data-status=APPROVED]")));
        assertThat(approved.getText()).contains("1C009.b", "fluorine content checked on the sheet");
        assertThat(admin.get("/api/products/FILM-10").get("classifications").toString()).contains("\"APPROVED\"");
        shot("products-3-approved");
    }

    @Test
    @Order(3)
    void thePageSpeaksJapanese() throws Exception {
        signInAsAdmin();
        js("localStorage.setItem('clearance.lang', 'ja');");
        try {
            driver.get(server.base() + "/#/products?key=FILM-10");
            driver.navigate().refresh();
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ja"));
            waitText("#tab-products h2", "製品マスタ");
            waitText("#product-classifications thead", "承認者");
            assertThat(driver.findElement(By.cssSelector("nav button[data-tab=products]")).getText()).isEqualTo("製品");
            shot("products-4-ja");
        } finally {
            js("localStorage.removeItem('clearance.lang');");
        }
    }

    @Test
    @Order(4)
    void theProposeFormOffersTheServersRegimesAndProposesForTheOneChosen() throws Exception {
        Api admin = server.admin();
        List<String> served = new java.util.ArrayList<>();
        admin.get("/api/regimes").get("regimes").forEach(r -> served.add(r.path("jurisdiction").asText()));
        assertThat(served).isNotEmpty();
        signInAsAdmin();
        driver.get(server.base() + "/#/products?key=FILM-10");
        String options = "#product-propose select[name=regime] option";
        wait.until(d -> d.findElements(By.cssSelector(options)).size() == served.size());
        List<String> offered = driver.findElements(By.cssSelector(options)).stream()
                .map(o -> o.getAttribute("value")).toList();
        assertThat(offered).containsExactlyElementsOf(served);
        String last = served.get(served.size() - 1);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.cssSelector(
                "#product-propose select[name=regime]"))).selectByValue(last);
        set("#product-propose [name=entry]", "1C009.b");
        set("#product-propose [name=reason]", "parameter sheet checked");
        click("#product-propose button[type=submit]");
        wait.until(d -> admin.get("/api/products/FILM-10").get("classifications").toString()
                .contains("parameter sheet checked"));
        boolean proposed = false;
        for (var c : admin.get("/api/products/FILM-10").get("classifications")) {
            proposed |= c.path("reason").asText().equals("parameter sheet checked")
                    && c.path("regime").asText().equals(last) && c.path("status").asText().equals("PROPOSED");
        }
        assertThat(proposed).as("proposed for " + last).isTrue();
        shot("products-5-propose");
    }
}
