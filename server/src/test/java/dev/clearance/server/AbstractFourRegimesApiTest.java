package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.determination.ExportRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 11 through the REST API for all four regimes: the EU and US examples one at a time and as an order book
 * (value, currency, us_content), the exporter's country selecting the regime (the UK until 2020-12-31), a forced
 * regime, days before the US data refused naming the field, and the regime views (show, diff, compare, timeline,
 * impact). Once per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractFourRegimesApiTest {
    private static final DeterminationEngine ENGINE = DeterminationEngine.bundled();
    private TestDatabase databases;
    private TestServer server;
    private Api api;

    /** @return the database vendor under test, not yet started */
    protected abstract TestDatabase vendor();

    @BeforeAll
    void start() throws Exception {
        databases = vendor();
        server = TestServer.overBaseLists(databases.open(), 64 * 1024);
        api = server.admin();
    }

    @AfterAll
    void stop() throws Exception {
        TestServer.close(server);
        databases.close();
    }

    private Api.Reply post(String from, String to, String item, String date, Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("from", from, "to", to, "item", item, "date", date));
        for (int i = 0; i + 1 < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return api.post("/api/determinations", body);
    }

    private JsonNode determine(String from, String to, String item, String date, Object... more) {
        Api.Reply r = post(from, to, item, date, more);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json();
    }

    @Test
    void sanctionsAnswersSayWhatTheyAre() {
        JsonNode eu = determine("DE", "RU", "3C002", "2023-01-01");
        assertThat(eu.get("prohibited").asBoolean()).isTrue();
        assertThat(eu.get("licenceOptions")).isEmpty();
        assertThat(eu.get("policy").isNull()).isTrue();
        JsonNode kr = determine("KR", "RU", "3C002", "2023-01-01");
        assertThat(kr.get("policy").asText()).isEqualTo("denial");
        assertThat(kr.get("summary").asText()).contains("policy of denial");
        JsonNode ir = determine("US", "IR", "EAR99", "2026-09-01");
        assertThat(ir.get("authority").asText()).startsWith("OFAC");
        assertThat(ir.get("licenceOptions").get(0).asText()).isEqualTo("OFAC_LICENCE");
        assertThat(ir.get("optionConfidence").get(0).asText()).isEqualTo("confirmed");
        JsonNode shown = api.get("/api/regimes/JP?date=2022-03-18").json();
        assertThat(shown.toString()).contains("JP-RU-BY-REGIME-ITEMS");
    }

    private static List<String> options(JsonNode d) {
        List<String> out = new ArrayList<>();
        d.get("licenceOptions").forEach(o -> out.add(o.asText()));
        return out;
    }

    @Test
    void theEuAndUsExamplesHold() {
        assertThat(determine("US", "IN", "3C002", "2026-09-01").get("licenceRequired").asBoolean()).isFalse();
        assertThat(determine("US", "CU", "EAR99", "2026-09-01").get("licenceRequired").asBoolean()).isTrue();
        JsonNode deJp = determine("DE", "JP", "3C002", "2022-03-01");
        assertThat(options(deJp)).contains("EU001");
        assertThat(deJp.get("regime").get("jurisdiction").asText()).isEqualTo("EU");
        assertThat(options(determine("DE", "CN", "3C002", "2022-03-01"))).contains("INDIVIDUAL", "GLOBAL")
                .doesNotContain("EU001");
        JsonNode deFr = determine("DE", "FR", "3C002", "2022-03-01");
        assertThat(deFr.get("licenceRequired").asBoolean()).isFalse();
        assertThat(deFr.get("confidence").asText()).isEqualTo("check");
        assertThat(deFr.get("trace").toString()).contains("Annex IV");
        JsonNode jpCn = determine("JP", "CN", "3C002", "2026-09-01", "usContent", 30);
        assertThat(jpCn.get("regime").get("jurisdiction").asText()).isEqualTo("JP");
        assertThat(options(jpCn)).isEqualTo(ENGINE.determine(ExportRequest.of("JP", "CN", "3C002",
                LocalDate.parse("2026-09-01"))).licenceOptions());
        assertThat(jpCn.get("reexport").get("licenceRequired").asBoolean()).isTrue();
        assertThat(jpCn.get("reexport").get("regime").get("jurisdiction").asText()).isEqualTo("US");
        assertThat(options(jpCn.get("reexport"))).containsExactly("LICENSE");
    }

    @Test
    void theExportersCountrySelectsTheRegimeAndRegimeForcesOne() {
        assertThat(determine("GB", "JP", "3C002", "2020-12-31").get("regime").get("jurisdiction").asText())
                .isEqualTo("EU");
        Api.Reply gb2021 = post("GB", "JP", "3C002", "2021-01-01");
        assertThat(gb2021.status()).isEqualTo(400);
        assertThat(gb2021.get("error").path("field").asText()).isEqualTo("from");
        assertThat(options(determine("DE", "GB", "3C002", "2021-01-01"))).contains("EU001");
        assertThat(determine("DE", "GB", "3C002", "2020-12-31").get("licenceRequired").asBoolean()).isFalse();

        JsonNode forced = determine("DE", "CN", "3C002", "2022-03-01", "regime", "jp");
        assertThat(forced.get("regime").get("jurisdiction").asText()).isEqualTo("JP");
        assertThat(options(forced)).isEqualTo(ENGINE.determine(ENGINE.regimes().require("JP"),
                ExportRequest.of("DE", "CN", "3C002", LocalDate.parse("2022-03-01"))).licenceOptions());
        Api.Reply unknown = post("DE", "CN", "3C002", "2022-03-01", "regime", "XX");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.get("error").path("field").asText()).isEqualTo("regime");
        Api.Reply both = post("JP", "CN", "3C002", "2026-09-01", "regime", "JP", "usContent", 30);
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.get("error").path("field").asText()).isEqualTo("regime");
    }

    private static final String BOOK = """
            id,from,to,item,date,value,currency,us_content
            us-fr,US,FR,3C002,2026-09-01,,,
            us-cn,US,CN,1C009.b,2026-09-01,,,
            us-sg-2000,US,SG,3C002.a.1,2026-09-01,2000,USD,
            us-sg-5000,US,SG,3C002.a.1,2026-09-01,5000,USD,
            us-cu,US,CU,EAR99,2026-09-01,,,
            de-jp,DE,JP,3C002,2022-03-01,,,
            de-cn,DE,CN,3C002,2022-03-01,,,
            de-fr,DE,FR,3C002,2022-03-01,,,
            gb-jp,GB,JP,3C002,2020-12-31,,,
            jp-cn,JP,CN,3C002,2026-09-01,,,30
            kr-jp,KR,JP,3C002,2026-09-01,,,
            gb-jp-2021,GB,JP,3C002,2021-01-01,,,
            us-early,US,FR,3C002,2026-07-22,,,
            """;

    @Test
    void anOrderBookMixingTheFourRegimesAnswersEachUnderItsOwn() {
        Api.Reply r = api.postCsv("/api/determinations/batch", BOOK);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        r.get("determinations").forEach(d -> rows.put(d.get("id").asText(), d));
        assertThat(rows.keySet()).containsExactly("us-fr", "us-cn", "us-sg-2000", "us-sg-5000", "us-cu", "de-jp",
                "de-cn", "de-fr", "gb-jp", "jp-cn", "kr-jp");
        assertThat(rows.get("us-fr").get("licenceRequired").asBoolean()).isFalse();
        assertThat(options(rows.get("us-cn"))).containsExactly("LICENSE");
        assertThat(options(rows.get("us-sg-2000"))).contains("LVS", "GBS");
        assertThat(options(rows.get("us-sg-5000"))).contains("GBS").doesNotContain("LVS");
        assertThat(rows.get("us-cu").get("licenceRequired").asBoolean()).isTrue();
        assertThat(options(rows.get("de-jp"))).contains("EU001");
        assertThat(options(rows.get("de-cn"))).contains("GLOBAL", "INDIVIDUAL").doesNotContain("EU001");
        assertThat(rows.get("de-fr").get("licenceRequired").asBoolean()).isFalse();
        assertThat(rows.get("gb-jp").get("regime").get("jurisdiction").asText()).isEqualTo("EU");
        assertThat(rows.get("jp-cn").get("reexport").get("licenceRequired").asBoolean()).isTrue();
        assertThat(rows.get("kr-jp").get("regime").get("jurisdiction").asText()).isEqualTo("KR");
        assertThat(r.get("rejected").asInt()).isEqualTo(2);
        String problems = r.get("problems").toString();
        assertThat(problems).contains("upload:13: column from").contains("upload:14: column date")
                .contains("2026-07-23");
    }

    @Test
    void aForcedRegimeAppliesToEveryRowOfABook() {
        Api.Reply r = api.postCsv("/api/determinations/batch?regime=EU",
                "id,from,to,item,date\ngb-jp,GB,JP,3C002,2021-01-01\nus-cn,US,CN,3C002,2026-09-01\n");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.get("determined").asInt()).isEqualTo(2);
        r.get("determinations").forEach(d -> assertThat(d.get("regime").get("jurisdiction").asText()).isEqualTo("EU"));
        Api.Reply unknown = api.postCsv("/api/determinations/batch?regime=XX", "id,from,to,item,date\n");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.get("error").path("field").asText()).isEqualTo("regime");
    }

    @Test
    void theRegimeViewsWorkForTheUsAndTheEu() {
        JsonNode all = api.get("/api/regimes").json();
        List<String> jurisdictions = new ArrayList<>();
        all.get("regimes").forEach(x -> jurisdictions.add(x.get("jurisdiction").asText()));
        assertThat(jurisdictions).contains("JP", "KR", "US", "EU");
        // the regions a request may name, as the data holds them (the web UI's region selection reads them here)
        List<String> regions = new ArrayList<>();
        all.get("regions").forEach(x -> regions.add(x.path("code").asText() + "/" + x.path("country").asText() + "/"
                + (x.path("within").isNull() ? "-" : x.path("within").asText())));
        assertThat(regions).contains("UA-43/UA/-", "UA-DNR/UA/UA-14");

        Api.Reply early = api.get("/api/regimes/US?date=2026-07-22");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.get("error").path("field").asText()).isEqualTo("date");
        assertThat(api.get("/api/regimes/EU?date=2021-01-01").get("facts").toString()).contains("GB is in EU001");

        Api.Reply diff = api.get("/api/regimes/EU/diff?from=2020-12-31&to=2021-01-01");
        assertThat(diff.status()).as(diff.text()).isEqualTo(200);
        assertThat(diff.get("changes")).hasSize(1);
        assertThat(diff.get("changes").get(0).get("day").asText()).isEqualTo("2021-01-01");
        assertThat(diff.get("changes").get(0).get("added").toString()).contains("GB is in EU001");
        Api.Reply diffEarly = api.get("/api/regimes/US/diff?from=2026-01-01&to=2026-09-01");
        assertThat(diffEarly.status()).isEqualTo(400);
        assertThat(diffEarly.get("error").path("field").asText()).isEqualTo("from");

        Api.Reply compare = api.get("/api/regimes/JP/compare?with=US&date=2026-09-01");
        assertThat(compare.status()).as(compare.text()).isEqualTo(200);
        assertThat(compare.text()).contains("JP → US").contains("US → JP");
        Api.Reply withEu = api.get("/api/regimes/US/compare?with=EU&date=2026-09-01");
        assertThat(withEu.status()).as(withEu.text()).isEqualTo(200);
        assertThat(withEu.text()).contains("EU → US").contains("US → AT (and ");
        Api.Reply compareEarly = api.get("/api/regimes/JP/compare?with=US&date=2026-07-22");
        assertThat(compareEarly.status()).isEqualTo(400);
        assertThat(compareEarly.get("error").path("field").asText()).isEqualTo("date");

        Api.Reply timeline = api.get("/api/regimes/EU/timeline?country=GB&until=2022-01-01");
        assertThat(timeline.status()).as(timeline.text()).isEqualTo(200);
        assertThat(timeline.text()).contains("EU001");
    }

    @Test
    void theImpactOfTheUkLeavingTheUnionIsReported() {
        Api.Reply r = api.send("POST", "/api/impact?before=2020-12-31&after=2021-01-01",
                "id,from,to,item,date\nde-gb,DE,GB,3C002,2020-12-01\nde-jp,DE,JP,3C002,2020-12-01\n", "text/csv");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.text()).contains("2 order line(s) determined, 1 changed").contains("de-gb");
    }
}
