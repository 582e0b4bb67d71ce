package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.determination.Determination;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.determination.ExportRequest;
import dev.clearance.regime.read.RegimeData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regime views, order books, impact and scenarios over all four regimes (issue 11 item 6): JP, KR, the US EAR
 * and the EU, each through the command line.
 */
class FourRegimesCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DeterminationEngine ENGINE = DeterminationEngine.bundled();

    private static JsonNode json(CliRun r) throws Exception {
        assertThat(r.status()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static Determination engine(String from, String to, String item, String day) {
        return ENGINE.determine(ExportRequest.of(from, to, item, LocalDate.parse(day)));
    }

    @Test
    void compareJapanAndTheUsShowsBothTreatmentsSideBySide() {
        CliRun r = CliRun.of("regimes", "compare", "JP", "US", "--date", "2026-09-01");
        assertThat(r.status()).as(r.err()).isZero();
        // Both regimes' columns, and each one's treatment of the other as its own engine answers it.
        assertThat(r.out()).contains("Comparison of JP and US as of 2026-09-01").contains(" | ");
        assertThat(r.out()).contains("JP -> US: ").contains("US -> JP: ");
        for (String item : List.of("3C002", "2B001")) {
            assertThat(r.out()).contains("listed item " + item + ": " + engine("JP", "US", item, "2026-09-01").summary());
            assertThat(r.out()).contains("listed item " + item + ": " + engine("US", "JP", item, "2026-09-01").summary());
        }
        // The US column names the Country Groups and its licence exceptions.
        assertThat(r.out()).contains("LVS").contains("GBS").contains("D:1");
    }

    @Test
    void comparingWithTheEuTreatsEveryMemberStateOnceGroupedByStanding() throws Exception {
        JsonNode c = json(CliRun.of("regimes", "compare", "JP", "EU", "--date", "2022-03-01", "--json"));
        Set<String> covered = new TreeSet<>();
        List<JsonNode> toEu = new ArrayList<>();
        for (JsonNode t : c.get("treatments")) {
            if (t.get("from").asText().equals("JP")) {
                toEu.add(t);
                covered.add(t.get("to").asText());
                t.get("alike").forEach(a -> covered.add(a.asText()));
            }
        }
        Set<String> members = new TreeSet<>();
        RegimeData.bundled().require("EU").group("EU").orElseThrow().members().stream()
                .filter(m -> m.confirmed() && m.period().contains(LocalDate.parse("2022-03-01")))
                .forEach(m -> members.add(m.country()));
        assertThat(covered).isEqualTo(members).hasSize(27);
        // Japan's groups split the Union (the Baltic states are in B), so there is more than one treatment, and
        // each treatment's groups are those of every member state it stands for.
        assertThat(toEu).hasSizeGreaterThan(1);
        for (JsonNode t : toEu) {
            List<String> groups = new ArrayList<>();
            t.get("groups").forEach(g -> groups.add(g.asText()));
            for (JsonNode a : t.get("alike")) {
                assertThat(RegimeData.bundled().require("JP").standing(a.asText(), LocalDate.parse("2022-03-01")).groups())
                        .isEqualTo(groups);
            }
        }
        JsonNode euToJp = null;
        for (JsonNode t : c.get("treatments")) {
            if (t.get("from").asText().equals("EU")) {
                euToJp = t;
            }
        }
        assertThat(euToJp.get("to").asText()).isEqualTo("JP");
        assertThat(euToJp.get("samples").get(0).get("licenceOptions").toString()).contains("EU001");
    }

    @Test
    void theEuTimelineShowsTheUkMoveIntoEu001AndTheNewRegulation() throws Exception {
        JsonNode t = json(CliRun.of("regimes", "timeline", "EU", "--to", "2022-01-01", "--json"));
        Map<String, JsonNode> days = new LinkedHashMap<>();
        t.get("changes").forEach(c -> days.put(c.get("day").asText(), c));
        assertThat(days).containsKeys("2021-01-01", "2021-09-09");
        assertThat(days.get("2021-01-01").get("removed").toString()).contains("GB is in EU");
        assertThat(days.get("2021-01-01").get("added").toString()).contains("GB is in EU001");
        assertThat(days.get("2021-09-09").get("removed").toString()).contains("EU-REGULATION-428-2009");
        assertThat(days.get("2021-09-09").get("added").toString()).contains("EU-REGULATION-2021-821");
        CliRun text = CliRun.of("regimes", "timeline", "EU", "--to", "2022-01-01");
        assertThat(text.out()).contains("2021-01-01").contains("+ membership: GB is in EU001").contains("2021-09-09");
        // The US data holds one version of the EAR: nothing changes after its start.
        assertThat(json(CliRun.of("regimes", "timeline", "US", "--to", "2026-11-01", "--json")).get("changes"))
                .isEmpty();
    }

    @Test
    void theEuDiffAcrossNewYear2021IsTheUkLeavingTheUnionIntoEu001() throws Exception {
        JsonNode d = json(CliRun.of("regimes", "diff", "EU", "--from", "2020-12-31", "--to", "2021-01-01", "--json"));
        assertThat(d.get("changes")).hasSize(1);
        JsonNode day = d.get("changes").get(0);
        assertThat(day.get("day").asText()).isEqualTo("2021-01-01");
        for (JsonNode f : day.get("added")) {
            assertThat(f.get("statement").asText()).startsWith("GB ");
            assertThat(f.get("source").asText()).isNotBlank();
        }
        assertThat(day.get("added").toString()).contains("EU001");
    }

    @Test
    void aDayBeforeTheUsDataIsRefusedNamingTheOption() {
        for (String[] args : List.of(
                new String[] {"regimes", "show", "US", "--date", "2026-07-22"},
                new String[] {"regimes", "compare", "JP", "US", "--date", "2026-07-22"},
                new String[] {"regimes", "diff", "US", "--from", "2026-01-01", "--to", "2026-09-01"},
                new String[] {"determine", "--from", "US", "--to", "FR", "--item", "3C002", "--date", "2026-07-22"})) {
            CliRun r = CliRun.of(args);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).contains(args[0].equals("regimes") && args[1].equals("diff") ? "--from" : "--date")
                    .contains("2026-07-23").doesNotContain("Exception");
        }
        assertThat(CliRun.of("regimes", "show", "US", "--date", "2026-07-23").status()).isZero();
    }

    @Test
    void theUnitedKingdomExportsUnderTheEuUntil2020AndRegimeForcesOne() {
        CliRun before = CliRun.of("determine", "--from", "GB", "--to", "JP", "--item", "3C002", "--date", "2020-12-31");
        assertThat(before.status()).as(before.err()).isZero();
        assertThat(before.out().lines().findFirst().orElseThrow()).contains("(EU, as of 2020-12-31");
        CliRun after = CliRun.of("determine", "--from", "GB", "--to", "JP", "--item", "3C002", "--date", "2021-01-01");
        assertThat(after.status()).isEqualTo(2);
        assertThat(after.err()).contains("--from").contains("GB");
        CliRun forced = CliRun.of("determine", "--from", "DE", "--to", "CN", "--item", "3C002", "--date", "2022-03-01",
                "--regime", "JP");
        assertThat(forced.out().lines().findFirst().orElseThrow()).contains("(JP, as of 2022-03-01");
    }

    /** An order book mixing the four regimes, and the engine's answers that each line must carry. */
    private static final String BOOK = """
            id,from,to,item,date,value,currency,us_content
            us-fr,US,FR,3C002,2026-09-01,,,
            us-in,US,IN,3C002,2026-09-01,,,
            us-cn,US,CN,1C009.b,2026-09-01,,,
            us-sg-2000,US,SG,3C002.a.1,2026-09-01,2000,USD,
            us-sg-5000,US,SG,3C002.a.1,2026-09-01,5000,USD,
            us-cu,US,CU,EAR99,2026-09-01,,,
            de-jp,DE,JP,3C002,2022-03-01,,,
            de-cn,DE,CN,3C002,2022-03-01,,,
            de-fr,DE,FR,3C002,2022-03-01,,,
            gb-jp-2020,GB,JP,3C002,2020-12-31,,,
            de-gb-2020,DE,GB,3C002,2020-12-31,,,
            de-gb-2021,DE,GB,3C002,2021-01-01,,,
            jp-cn,JP,CN,3C002,2026-09-01,,,30
            kr-jp,KR,JP,3C002,2026-09-01,,,
            gb-jp-2021,GB,JP,3C002,2021-01-01,,,
            us-early,US,FR,3C002,2026-07-22,,,
            """;

    private static Map<String, Map<String, String>> determineBook(Path dir, String book, String... more) throws Exception {
        Path in = dir.resolve("book.csv");
        Path out = dir.resolve("out.csv");
        Files.writeString(in, book);
        List<String> args = new ArrayList<>(List.of("determine", "--in", in.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.err()).doesNotContain("Exception");
        List<String> lines = Files.readAllLines(out);
        String[] header = lines.get(0).split(",", -1);
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], f[i]);
            }
            rows.put(row.get("id"), row);
        }
        rows.put("#err", Map.of("err", r.err(), "status", Integer.toString(r.status())));
        return rows;
    }

    @Test
    void theOrderBookAnswersTheIssueExamplesUnderEachExportersRegime(@TempDir Path dir) throws Exception {
        Map<String, Map<String, String>> rows = determineBook(dir, BOOK);
        assertThat(rows.get("us-fr").get("licence_required")).isEqualTo("false");
        assertThat(rows.get("us-in").get("licence_required")).isEqualTo("false");
        assertThat(rows.get("us-cn").get("licence_options")).isEqualTo("LICENSE");
        assertThat(rows.get("us-sg-2000").get("licence_options").split("\\|")).contains("LVS", "GBS");
        assertThat(rows.get("us-sg-5000").get("licence_options").split("\\|")).contains("GBS").doesNotContain("LVS");
        assertThat(rows.get("us-cu").get("licence_required")).isEqualTo("true");
        assertThat(rows.get("de-jp").get("licence_options").split("\\|")).contains("EU001");
        assertThat(rows.get("de-cn").get("licence_options").split("\\|")).contains("INDIVIDUAL", "GLOBAL")
                .doesNotContain("EU001");
        assertThat(rows.get("de-fr").get("licence_required")).isEqualTo("false");
        assertThat(rows.get("de-fr").get("confidence")).as("the Annex IV caveat").isEqualTo("check");
        assertThat(rows.get("gb-jp-2020").get("licence_options").split("\\|")).contains("EU001");
        assertThat(rows.get("de-gb-2020").get("licence_required")).as("the UK inside the Union").isEqualTo("false");
        assertThat(rows.get("de-gb-2021").get("licence_options").split("\\|")).contains("EU001");
        assertThat(rows.get("jp-cn").get("reexport_licence_required")).isEqualTo("true");
        assertThat(rows.get("jp-cn").get("reexport_licence_options")).isEqualTo("LICENSE");
        assertThat(rows.get("kr-jp").get("licence_required")).isEqualTo("true");
        // Every determined line carries the engine's own answer for its request.
        for (Map<String, String> row : rows.values()) {
            if (row.containsKey("id") && row.get("value").isEmpty() && row.get("refused").isEmpty()) {
                Determination d = engine(row.get("from"), row.get("to"), row.get("item").equals("EAR99") ? "EAR99"
                        : row.get("item"), row.get("date"));
                assertThat(row.get("licence_options")).as(row.get("id")).isEqualTo(String.join("|", d.licenceOptions()));
                assertThat(row.get("confidence")).as(row.get("id")).isEqualTo(d.confidence().word());
            }
        }
        // Bad lines are refused naming file, line and column, the others kept.
        String err = rows.get("#err").get("err");
        assertThat(err).contains("book.csv:16: column from").contains("book.csv:17: column date")
                .contains("2026-07-23").contains("14 order line(s) determined, 2 rejected");
        assertThat(rows.get("#err").get("status")).isEqualTo("2");
        // the refused lines stay in the file, with their reason and nothing determined
        assertThat(rows.get("gb-jp-2021").get("refused")).contains("no regime for 'GB'");
        assertThat(rows.get("us-early").get("refused")).contains("2026-07-23");
        assertThat(rows.get("us-early").get("licence_required")).isEmpty();
    }

    @Test
    void regimeForcesEveryLineOfABookAndRefusesUsContentBesideIt(@TempDir Path dir) throws Exception {
        String book = "id,from,to,item,date\nde-cn,DE,CN,3C002,2022-03-01\ngb-jp,GB,JP,3C002,2021-01-01\n";
        Map<String, Map<String, String>> rows = determineBook(dir, book, "--regime", "EU");
        assertThat(rows.get("#err").get("status")).isEqualTo("0");
        assertThat(rows.get("gb-jp").get("licence_options").split("\\|")).contains("EU001");
        Map<String, Map<String, String>> jp = determineBook(dir, book, "--regime", "JP");
        assertThat(jp.get("de-cn").get("licence_options"))
                .isEqualTo(String.join("|", ENGINE.determine(RegimeData.bundled().require("JP"),
                        ExportRequest.of("DE", "CN", "3C002", LocalDate.parse("2022-03-01"))).licenceOptions()));
        Path in = dir.resolve("us.csv");
        Files.writeString(in, BOOK);
        CliRun r = CliRun.of("determine", "--in", in.toString(), "--out", dir.resolve("o.csv").toString(),
                "--regime", "EU");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--regime").contains("us_content");
    }

    @Test
    void aScenarioOnTheEuChangesOnlyTheLinesItConcernsAndOneOnTheUsIsRefused(@TempDir Path dir) throws Exception {
        Path book = dir.resolve("book.csv");
        Files.writeString(book, BOOK.replace("gb-jp-2021,GB,JP,3C002,2021-01-01,,,\n", "")
                .replace("us-early,US,FR,3C002,2026-07-22,,,\n", "") + "de-kr,DE,KR,3C002,2022-03-01,,,\n");
        Path eu = dir.resolve("eu.yaml");
        Files.writeString(eu, """
                jurisdiction: EU
                title: Korea into EU001
                changes:
                  - {kind: move-country, country: KR, join: EU001, from: 2022-01-01, rationale: "what if"}
                """);
        Path changes = dir.resolve("changes.csv");
        CliRun r = CliRun.of("impact", "--orders", book.toString(), "--scenario", eu.toString(), "--out",
                changes.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("15 order line(s) compared, 1 changed, 0 rejected");
        List<String> lines = Files.readAllLines(changes);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("de-kr,").contains("EU001");
        Path us = dir.resolve("us.yaml");
        Files.writeString(us, """
                jurisdiction: US
                title: Singapore out of Country Group B
                changes:
                  - {kind: move-country, country: SG, leave: B, from: 2026-08-01, rationale: "what if"}
                """);
        CliRun refused = CliRun.of("impact", "--orders", book.toString(), "--scenario", us.toString());
        assertThat(refused.status()).isEqualTo(2);
        // only moving a country between the US groups is refused (issue 17 (6)): the Country Chart's columns decide
        assertThat(refused.err()).contains("us.yaml").contains("changes[0].kind").contains("Country Chart");
    }

    @Test
    void theImpactOfTheUkLeavingTheUnionFallsOnTheLinesToAndFromTheUk(@TempDir Path dir) throws Exception {
        Path book = dir.resolve("book.csv");
        Files.writeString(book, """
                id,from,to,item,date
                de-gb,DE,GB,3C002,2020-12-01
                fr-gb,FR,GB,NONE,2020-12-01
                de-jp,DE,JP,3C002,2020-12-01
                jp-gb,JP,GB,3C002,2020-12-01
                kr-gb,KR,GB,3C002,2020-12-01
                """);
        Path changes = dir.resolve("changes.csv");
        CliRun r = CliRun.of("impact", "--orders", book.toString(), "--before", "2020-12-31", "--after", "2021-01-01",
                "--out", changes.toString());
        assertThat(r.status()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(changes);
        // Only the listed item from a member state to the UK changes: free inside the Union, then EU001.
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("de-gb,").contains("EU001");
    }
}
