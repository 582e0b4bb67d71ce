package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetermineCommandTest {
    @TempDir Path dir;

    @Test
    void oneLineAnswerThenTheTrace() {
        CliRun r = CliRun.of("determine", "--from", "JP", "--to", "KR", "--item", "3C002", "--date", "2019-07-10");
        assertThat(r.status()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).startsWith("Licence required: INDIVIDUAL; review 90 days");
        assertThat(r.out()).contains("JP-2019-07-04-KR-THREE-ITEMS").contains("source:");
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        CliRun r = CliRun.of("determine", "--from", "JP", "--to", "KR", "--item", "3C002", "--date", "2019-06-30",
                "--json");
        assertThat(r.status()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("licenceRequired").asBoolean()).isTrue();
        assertThat(j.get("licenceOptions").get(0).asText()).isEqualTo("GENERAL_BULK");
        assertThat(j.get("catchAll").asBoolean()).isFalse();
        assertThat(j.get("reviewDays").isNull()).isTrue();
        assertThat(j.has("documents")).isTrue();
        // a step the engine words itself carries its wording's key and values (the web UI's catalogues word it)
        assertThat(j.get("trace").get(0).fieldNames()).toIterable()
                .containsExactly("rule", "effect", "source", "key", "args");
        assertThat(j.get("trace").get(0).get("key").asText()).isEqualTo("regimeApplied");
        assertThat(j.get("trace").get(0).get("args").get("day").asText()).isEqualTo("2019-06-30");
        assertThat(j.get("regime").get("jurisdiction").asText()).isEqualTo("JP");
        assertThat(j.get("regime").get("asOf").asText()).isEqualTo("2019-06-30");
    }

    @Test
    void unlistedGoodWithHsCodeAndEndUse() {
        CliRun r = CliRun.of("determine", "--from", "JP", "--to", "CN", "--item", "NONE", "--hs", "8479",
                "--date", "2020-01-01", "--end-use", "wmd");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("Licence required under catch-all: INDIVIDUAL");
    }

    @Test
    void badInputIsOneLineWithStatus2AndNoStackTrace() {
        for (String[] args : List.of(
                new String[] {"determine", "--from", "JP", "--to", "KR", "--item", "3C002", "--date", "2019-02-30"},
                new String[] {"determine", "--from", "JP", "--to", "KR", "--item", "3C002"},
                new String[] {"determine", "--from", "ZZ", "--to", "KR", "--item", "3C002", "--date", "2020-01-01"},
                new String[] {"determine", "--from", "JP", "--to", "KR", "--item", "NONE", "--date", "2020-01-01",
                    "--end-use", "peaceful"},
                new String[] {"determine", "--in", "/nonexistent/orders.csv", "--out", "x.csv"},
                new String[] {"determine", "--frm", "JP"})) {
            CliRun r = CliRun.of(args);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).startsWith("clearance: ").doesNotContain("\tat ").doesNotContain("Exception");
        }
    }

    @Test
    void orderBookWritesGoodRowsAndReportsBadOnesByLine() throws Exception {
        Path in = dir.resolve("orders.csv");
        Path out = dir.resolve("determinations.csv");
        Files.writeString(in, "id,from,to,item,date,customer\n"
                + "o1,JP,KR,3C002,2019-07-10,Samsung\n"
                + "o2,JP,KR,3C002,2019-07-32,Bad\n"
                + "o3,JP,US,NONE,2019-07-10,\"Acme, Inc\"\n"
                + "o4,KR,JP,3C002,2019-09-19,Sony\n");
        CliRun r = CliRun.of("determine", "--in", in.toString(), "--out", out.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("orders.csv:3: column date").contains("3 order line(s) determined, 1 rejected");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).containsExactly(
                "id,from,to,item,date,customer,licence_required,licence_options,catch_all,review_days,documents,"
                        + "prohibited,confidence,policy,authority,option_confidence,line,refused",
                "o1,JP,KR,3C002,2019-07-10,Samsung,true,INDIVIDUAL,false,90,,false,confirmed,,,confirmed,2,",
                "o2,JP,KR,3C002,2019-07-32,Bad,,,,,,,,,,,3,column date: not a date (YYYY-MM-DD): '2019-07-32'",
                "o3,JP,US,NONE,2019-07-10,\"Acme, Inc\",false,,false,,,false,confirmed,,,,4,",
                "o4,KR,JP,3C002,2019-09-19,Sony,true,INDIVIDUAL,false,15,5,false,check,,,confirmed,5,");
    }

    @Test
    void regimesShowPrintsTheRegimeAsItStood() {
        CliRun r = CliRun.of("regimes", "show", "JP", "--date", "2019-09-01");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("as of 2019-09-01").contains("B: Group B").contains("JP-2019-07-04-KR-THREE-ITEMS");
        assertThat(CliRun.of("regimes", "show", "XX").status()).isEqualTo(2);
    }
}
