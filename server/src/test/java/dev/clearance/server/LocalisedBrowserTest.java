package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.report.ReportWording;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The whole web UI in Japanese and in Korean, in headless Chromium: every page is walked with its results shown
 * (a determination, a screening with a hit and its decision controls, a batch, an application, alerts, lists,
 * regimes, keys, impact, workload, audit), and every visible text is compared with the English catalogue: a text
 * holding an English message of the UI, or a run of lower-case English words, fails the test. Texts the server
 * words in English as data (trace rules and effects, sources, list refusal reasons, an error's own message behind its
 * disclosure) are marked {@code lang="en"}; names and codes {@code translate="no"}: those are left out. The impact
 * module's report pages (compare, timeline, impact, workload, in frames) are checked the same way, against the report
 * catalogue too; so are a re-export answer, an API error, and a refused list load (status bar reasons, a screening's
 * warning about the older version screened against).
 * Trace steps and rule labels are worded in the language too: a step shown in English for want of a wording key
 * ({@code data-unworded}) fails the test. The printable records of a determination and a screening are checked the
 * same way, and the end-use list offers the API's end uses, each labelled in the language.
 * Every page is photographed at 1280 and at 420 pixels, and checked for horizontal overflow at 420 pixels.
 * Screenshots go to {@code target/screenshots/}.
 */
class LocalisedBrowserTest extends AbstractBrowserTest {
    /** A run of two lower-case English words: a phrase left untranslated (codes and names are upper case or marked). */
    private static final Pattern ENGLISH_PHRASE = Pattern.compile("\\b[a-z]{3,}\\s[a-z]{3,}\\b");

    @Override
    protected String name() {
        return "localised_browser";
    }

    @Test
    void japanese() throws Exception {
        walk("ja");
    }

    @Test
    void korean() throws Exception {
        walk("ko");
    }

    private void walk(String lang) throws Exception {
        Api admin = server.admin();
        admin.post("/api/parties", Map.of("key", "L-" + lang, "name", "Eastern Star Trading Company", "country", "KP"));
        admin.post("/api/products", Map.of("key", "PR-" + lang, "description", "fluorinated polyimide film",
                "parameters", List.of("fluorine=12%wt")));
        signInAsAdmin();
        js("localStorage.setItem('clearance.lang', arguments[0]);", lang);
        driver.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("app")));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", lang));
        List<String> english = englishMessages(lang);
        List<String> problems = new ArrayList<>();

        // the end uses offered are the API's, each labelled in the language (none left as its English word)
        @SuppressWarnings("unchecked")
        List<String> endUses = (List<String>) js("return [...document.querySelectorAll('#determine-form [name=endUse] option')]"
                + ".map((o) => o.value + '=' + o.textContent);");
        assertThat(endUses).as("end uses offered in " + lang).anyMatch(o -> o.startsWith("military-intelligence="))
                .anyMatch(o -> o.startsWith("supercomputer=")).anyMatch(o -> o.startsWith("advanced-node-ic="))
                .noneMatch(o -> o.matches(".*=.*[a-z]{3,}.*"));
        set("#determine-form [name=endUser]", "Eastern Star Trading");
        click("#determine-form button[type=submit]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("file-from-determination")));
        check(lang, "determine", english, problems);
        click("#print-determination");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#print-record ol.trace")));
        check(lang, "determine-print", english, problems);
        click("#record-close");

        tab("screen");
        set("#screen-form [name=name]", "Ivan Petrovich Sidorov");
        set("#screen-form [name=dob]", "1963");
        click("#screen-form button[type=submit]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hit[data-entry='ftm:p1']")));
        driver.findElement(By.cssSelector(".hit .fp-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hit .decision-error")));
        check(lang, "screen", english, problems);
        click("#print-screening");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("print-record")));
        check(lang, "screen-print", english, problems);
        click("#record-close");

        tab("batch");
        Path csv = dir.resolve("batch-" + lang + ".csv");
        Files.writeString(csv, "id,name,country\n1,Eastern Star Trading,\n2,Nobody Special,\n");
        driver.findElement(By.id("batch-file")).sendKeys(csv.toAbsolutePath().toString());
        click("#batch-form button[type=submit]");
        wait.until(ExpectedConditions.attributeToBe(By.id("batch-done"), "data-status", "DONE"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("batch-table")));
        check(lang, "batch", english, problems);

        tab("determine");
        click("#file-from-determination");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#application-route option")));
        set("#application-form [name=holder]", "Acme");
        // the determination's end user has a hit: the screening gate would refuse the filing (409), so file for a clear one
        set("#application-form [name=endUser]", "Nobody Special");
        click("#application-file");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#application-filed, #application-message .error")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#application-table tbody tr")));
        driver.findElement(By.cssSelector("#application-table button.open-application")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("application-state")));
        check(lang, "applications", english, problems);

        for (String page : List.of("licences", "parties", "products", "alerts", "lists", "keys", "impact", "workload", "audit")) {
            tab(page);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tab-" + page)));
            if (page.equals("alerts")) {
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-group")));
            }
            if (page.equals("audit")) {
                wait.until(ExpectedConditions.attributeContains(By.id("chain-status"), "class", "ok"));
            }
            if (page.equals("lists") || page.equals("keys") || page.equals("parties") || page.equals("products")) {
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#tab-" + page + " table")));
            }
            check(lang, page, english, problems);
        }
        for (String view : List.of("compare", "diff", "timeline", "facts", "terms")) {
            driver.get(server.base() + "/#/regimes?view=" + view);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#regimes-result > :not(.muted)")));
            check(lang, "regimes-" + view, english, problems);
            if (view.equals("compare") || view.equals("timeline")) {
                checkReport(lang, view + "-report", english, problems);
            }
        }
        reports(lang, english, problems);
        answersAndErrors(lang, english, problems);
        degraded(lang, english, problems);
        js("localStorage.removeItem('clearance.lang');");
        assertThat(problems).as("English left in the " + lang + " UI, or a page wider than 420 px").isEmpty();
    }

    /** The impact and workload reports (frames of the impact module's pages), between two dates. */
    private void reports(String lang, List<String> english, List<String> problems) throws Exception {
        Path book = dir.resolve("impact-" + lang + ".csv");
        Files.writeString(book, "id,from,to,item,date\n1,JP,KR,2B001,2019-08-01\n2,JP,KR,3C002,2019-08-01\n");
        tab("impact");
        driver.findElement(By.id("impact-file")).sendKeys(book.toAbsolutePath().toString());
        click("#impact-form button[type=submit]");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("impact-report")));
        check(lang, "impact-result", english, problems);
        checkReport(lang, "impact-report", english, problems);

        Path orders = dir.resolve("workload-" + lang + ".csv");
        Files.writeString(orders, "id,from,to,item,date,consignee\nA,KR,JP,3C002,2019-09-20,Sony\n"
                + "C,KR,JP,3C002,2019-10-21,Sony\n");
        tab("workload");
        driver.findElement(By.id("workload-file")).sendKeys(orders.toAbsolutePath().toString());
        click("#workload-form button[type=submit]");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("workload-report")));
        check(lang, "workload-result", english, problems);
        checkReport(lang, "workload-report", english, problems);
    }

    /** A re-export answer (US content above de minimis) and an API error (a regime that does not exist). */
    private void answersAndErrors(String lang, List<String> english, List<String> problems) throws Exception {
        tab("determine");
        set("#determine-form [name=endUser]", "");
        set("#determine-form [name=to]", "CN");
        set("#determine-form [name=date]", "2026-09-01");
        set("#determine-form [name=usContent]", "30");
        click("#determine-form button[type=submit]");
        WebElement reexport = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reexport-answer")));
        assertThat(reexport.getText()).as("the re-export answer in " + lang).isNotBlank();
        check(lang, "reexport", english, problems);
        set("#determine-form [name=usContent]", "");

        driver.get(server.base() + "/#/regimes?view=compare&with=ZZ");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#regimes-result p.error")));
        check(lang, "error", english, problems);
    }

    /** A refused list load: the status bar's reasons (opened) and a screening's warning about the older version. */
    private void degraded(String lang, List<String> english, List<String> problems) throws Exception {
        Files.writeString(dir.resolve("test-list.jsonl"), TestLists.BASE.lines().findFirst().orElseThrow() + "\n");
        assertThat(server.admin().post("/api/lists/reload", Map.of()).status()).isEqualTo(422);
        try {
            driver.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status-bar[data-status='degraded']")));
            click(".status-reasons > summary");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status-reasons li")));
            check(lang, "health", english, problems);
            tab("screen");
            set("#screen-form [name=name]", "Eastern Star Trading");
            set("#screen-form [name=dob]", "");
            click("#screen-form button[type=submit]");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#screen-result .warning[data-warning='older']")));
            check(lang, "screen-degraded", english, problems);
        } finally {
            Files.writeString(dir.resolve("test-list.jsonl"), TestLists.BASE);
            server.admin().post("/api/lists/reload", Map.of());
        }
    }

    /**
     * A report page of the impact module, as its frame holds it: the page's language, and every text outside the
     * parts marked as recorded English or as names checked as the UI's texts are, against both catalogues.
     */
    private void checkReport(String lang, String frameId, List<String> english, List<String> problems) throws Exception {
        WebElement frame = driver.findElement(By.id(frameId));
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) js("const doc = new DOMParser().parseFromString(arguments[0].srcdoc, 'text/html');"
                + "const out = ['lang=' + doc.documentElement.lang];"
                + "const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);"
                + "for (let n = walker.nextNode(); n; n = walker.nextNode()) {"
                + "  const text = n.textContent.trim();"
                + "  if (text && !n.parentElement.closest('[lang=en], [translate=no], style')) out.push(text);"
                + "}"
                + "return out;", frame);
        if (!texts.get(0).equals("lang=" + lang)) {
            problems.add(frameId + ": page language " + texts.get(0));
        }
        List<String> all = new ArrayList<>(english);
        all.addAll(ReportWording.englishPieces(lang, ReportWording.A_WORD));
        Set<String> found = new LinkedHashSet<>();
        for (String text : texts.subList(1, texts.size())) {
            all.stream().filter(text::contains).forEach(m -> found.add("'" + m + "' in '" + text + "'"));
            Matcher m = ENGLISH_PHRASE.matcher(text);
            if (m.find()) {
                found.add("phrase '" + m.group() + "' in '" + text + "'");
            }
        }
        found.forEach(f -> problems.add(frameId + ": " + f));
        js("arguments[0].scrollIntoView();", frame);
        widths(lang, frameId, problems);
    }

    /** Every visible text of the page, checked; a screenshot of it. */
    private void check(String lang, String page, List<String> english, List<String> problems) throws Exception {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) js("const out = [];"
                + "const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                + "for (let n = walker.nextNode(); n; n = walker.nextNode()) {"
                + "  const e = n.parentElement; const text = n.textContent.trim();"
                + "  if (!text || e.closest('[lang=en], [translate=no], code, script, style, iframe, [hidden]')) continue;"
                + "  const shown = e.closest('select') || e;"
                + "  if (shown.getClientRects().length === 0 || getComputedStyle(shown).visibility === 'hidden') continue;"
                + "  out.push(text);"
                + "}"
                + "document.querySelectorAll('input[placeholder]').forEach((i) => { if (i.getClientRects().length) out.push(i.placeholder); });"
                + "return out;");
        Set<String> found = new LinkedHashSet<>();
        for (String text : texts) {
            for (String message : english) {
                if (text.contains(message)) {
                    found.add("'" + message + "' in '" + text + "'");
                }
            }
            Matcher m = ENGLISH_PHRASE.matcher(text);
            if (m.find()) {
                found.add("phrase '" + m.group() + "' in '" + text + "'");
            }
        }
        @SuppressWarnings("unchecked")
        List<String> unworded = (List<String>) js("return [...document.querySelectorAll('[data-unworded]')]"
                + ".filter((e) => e.getClientRects().length && !e.closest('[hidden]')).map((e) => e.textContent);");
        unworded.forEach(u -> found.add("a trace step the engine has no wording key for: '" + u + "'"));
        found.forEach(f -> problems.add(page + ": " + f));
        widths(lang, page, problems);
    }

    /** Screenshots of the page at 1280 and at 420 pixels; at 420 nothing may force a horizontal scroll bar. */
    private void widths(String lang, String page, List<String> problems) throws Exception {
        resize(1280, 1000);
        shot("i18n-" + lang + "-" + page + "-1280");
        resize(420, 1000);
        try {
            assertNoHorizontalOverflow(lang + " " + page + " at 420 px");
        } catch (AssertionError e) {
            problems.add(page + ": " + e.getMessage());
        }
        shot("i18n-" + lang + "-" + page + "-420");
        resize(1280, 1000);
    }

    /**
     * The English catalogue's literal pieces (around {param}s) that the other language words differently: at
     * least five characters with a letter, so codes and shared words ("ID", "NLR") do not count.
     */
    private static List<String> englishMessages(String lang) throws Exception {
        JsonNode en = catalogue("en").path("messages");
        JsonNode other = catalogue(lang).path("messages");
        List<String> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = en.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String text = e.getValue().asText();
            assertThat(other.has(e.getKey())).as(lang + " catalogue has " + e.getKey()).isTrue();
            if (text.equals(other.path(e.getKey()).asText())) {
                continue;
            }
            for (String piece : text.split("\\{\\w+\\}")) {
                String p = piece.trim();
                if (p.length() >= 5 && p.matches(".*[A-Za-z]{3,}.*")) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static JsonNode catalogue(String lang) throws Exception {
        try (InputStream in = LocalisedBrowserTest.class.getResourceAsStream("/web/i18n/" + lang + ".json")) {
            return Api.JSON.readTree(in);
        }
    }
}
