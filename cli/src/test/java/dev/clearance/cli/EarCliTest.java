package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The US EAR examples of issue 11 through the CLI. */
class EarCliTest {
    @Test
    void usExamples() throws Exception {
        CliRun fr = CliRun.of("determine", "--from", "US", "--to", "FR", "--item", "3C002", "--date", "2026-09-01");
        assertThat(fr.status()).as(fr.err()).isZero();
        assertThat(fr.out()).startsWith("NLR");
        CliRun sg = CliRun.of("determine", "--from", "US", "--to", "SG", "--item", "3C002.a.1", "--date", "2026-09-01",
                "--value", "2,000", "USD", "--json");
        JsonNode j = new ObjectMapper().readTree(sg.out());
        assertThat(j.get("licenceOptions").toString()).contains("LVS", "GBS", "LICENSE");
        CliRun big = CliRun.of("determine", "--from", "US", "--to", "SG", "--item", "3C002.a.1", "--date", "2026-09-01",
                "--value", "5000", "USD", "--json");
        assertThat(new ObjectMapper().readTree(big.out()).get("licenceOptions").toString()).doesNotContain("LVS");
        CliRun cu = CliRun.of("determine", "--from", "US", "--to", "CU", "--item", "NONE", "--date", "2026-09-01");
        assertThat(cu.out()).startsWith("Licence required: LICENSE");
        CliRun early = CliRun.of("determine", "--from", "US", "--to", "FR", "--item", "3C002", "--date", "2026-07-22");
        assertThat(early.status()).isEqualTo(2);
        assertThat(early.err()).contains("2026-07-23");
        CliRun badValue = CliRun.of("determine", "--from", "US", "--to", "SG", "--item", "3C002", "--date", "2026-09-01",
                "--value", "lots", "USD");
        assertThat(badValue.status()).isEqualTo(2);
        assertThat(badValue.err()).contains("value");
    }

    @Test
    void usContentAboveDeMinimisAddsTheReexportAnswer() throws Exception {
        CliRun text = CliRun.of("determine", "--from", "JP", "--to", "CN", "--item", "3C002", "--date", "2026-09-01",
                "--us-content", "30");
        assertThat(text.status()).as(text.err()).isZero();
        assertThat(text.out()).contains("(JP, as of 2026-09-01").contains("Re-export under the US EAR:")
                .contains("(US, as of 2026-09-01");
        CliRun json = CliRun.of("determine", "--from", "JP", "--to", "CN", "--item", "3C002", "--date", "2026-09-01",
                "--us-content", "30", "--json");
        JsonNode j = new ObjectMapper().readTree(json.out());
        assertThat(j.get("regime").get("jurisdiction").asText()).isEqualTo("JP");
        assertThat(j.get("reexport").get("licenceRequired").asBoolean()).isTrue();
        assertThat(j.get("reexport").get("regime").get("jurisdiction").asText()).isEqualTo("US");
        assertThat(j.get("deMinimis").get("threshold").asInt()).isEqualTo(25);
    }

    @Test
    void theOrderBookTakesValueCurrencyAndUsContent(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path in = dir.resolve("orders.csv");
        java.nio.file.Path out = dir.resolve("determinations.csv");
        java.nio.file.Files.writeString(in, "id,from,to,item,date,value,currency,us_content\n"
                + "a,US,SG,3C002.a.1,2026-09-01,2000,USD,\n"
                + "b,US,SG,3C002.a.1,2026-09-01,5000,USD,\n"
                + "c,JP,CN,3C002,2026-09-01,,,30\n"
                + "d,JP,CN,3C002,2026-09-01,,,20\n"
                + "e,DE,JP,3C002,2022-03-01,,,\n"
                + "f,US,SG,3C002,2026-09-01,100,,\n");
        CliRun r = CliRun.of("determine", "--in", in.toString(), "--out", out.toString());
        assertThat(r.err()).contains("orders.csv:7: column currency");
        java.util.List<String> lines = java.nio.file.Files.readAllLines(out);
        assertThat(lines.get(0)).endsWith(",prohibited,confidence,policy,authority,option_confidence,reexport_licence_required,"
                + "reexport_licence_options,reexport_confidence,line,refused");
        assertThat(lines.get(1)).contains("LVS|GBS|LICENSE");
        assertThat(lines.get(2)).contains(",GBS|LICENSE,").doesNotContain("LVS");
        assertThat(lines.get(3)).endsWith(",true,LICENSE,confirmed,4,");
        assertThat(lines.get(4)).endsWith(",,,,5,");
        assertThat(lines.get(5)).contains("EU001|").contains("|GLOBAL|INDIVIDUAL");
        // the refused line stays in the file with its line and reason
        assertThat(lines.get(6)).startsWith("f,US,SG,").contains(",7,\"column currency");
        assertThat(lines).hasSize(7);
    }

    @Test
    void aMemberStateSelectsTheEuRegimeAndRegimeForcesOne() {
        CliRun de = CliRun.of("determine", "--from", "DE", "--to", "JP", "--item", "3C002", "--date", "2022-03-01");
        assertThat(de.status()).as(de.err()).isZero();
        assertThat(de.out().split("\n")[0]).contains("EU001").contains("(EU, as of 2022-03-01");
        CliRun forced = CliRun.of("determine", "--from", "DE", "--to", "JP", "--item", "3C002", "--date", "2022-03-01",
                "--regime", "eu");
        assertThat(forced.out().split("\n")[0]).contains("EU001");
        CliRun unknown = CliRun.of("determine", "--from", "DE", "--to", "JP", "--item", "3C002", "--date", "2022-03-01",
                "--regime", "XX");
        assertThat(unknown.status()).isEqualTo(2);
    }
}
