package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of issue 8 (regimes.md §8) through the CLI: text, --json and the order-book CSV. */
class AuditExamplesCliTest {
    @TempDir Path dir;

    private static JsonNode json(String... args) throws Exception {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = "--json";
        CliRun r = CliRun.of(all);
        assertThat(r.status()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void northKoreaIsProhibitedInTextAndJson() throws Exception {
        CliRun r = CliRun.of("determine", "--from", "JP", "--to", "KP", "--item", "3C002", "--date", "2020-01-01");
        assertThat(r.status()).isZero();
        assertThat(r.out().split("\n")[0]).startsWith("Prohibited");
        JsonNode j = json("determine", "--from", "JP", "--to", "KP", "--item", "NONE", "--date", "2024-05-01");
        assertThat(j.get("prohibited").asBoolean()).isTrue();
        assertThat(j.get("licenceRequired").asBoolean()).isTrue();
        assertThat(j.get("licenceOptions")).isEmpty();
        assertThat(j.get("confidence").asText()).isEqualTo("confirmed");
    }

    @Test
    void confidenceIsInTheOneLineAnswerAndTheJson() throws Exception {
        CliRun r = CliRun.of("determine", "--from", "JP", "--to", "MX", "--item", "NONE", "--hs", "8458",
                "--end-use", "conventional-weapons", "--date", "2025-10-10");
        assertThat(r.out().split("\n")[0]).startsWith("Licence required under catch-all").contains("confidence check");
        JsonNode before = json("determine", "--from", "JP", "--to", "MX", "--item", "NONE", "--hs", "8458",
                "--end-use", "conventional-weapons", "--date", "2025-10-08");
        assertThat(before.get("licenceRequired").asBoolean()).isFalse();
        assertThat(before.get("confidence").asText()).isEqualTo("confirmed");
        JsonNode late = json("determine", "--from", "JP", "--to", "KR", "--item", "2B001", "--date", "2027-03-01");
        assertThat(late.get("confidence").asText()).isEqualTo("check");
        assertThat(late.get("trace").toString()).contains("reviewed up to 2026-11-29");
    }

    @Test
    void unknownCodesAreBadInputAndUsOnlyCodesAreUnlisted() throws Exception {
        CliRun bad = CliRun.of("determine", "--from", "JP", "--to", "CN", "--item", "3C099", "--date", "2020-01-01");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("3C099: not an entry of the Japanese control list").doesNotContain("Exception");
        JsonNode us = json("determine", "--from", "JP", "--to", "CN", "--item", "3A090", "--hs", "8542",
                "--date", "2026-01-01");
        assertThat(us.get("licenceRequired").asBoolean()).isFalse();
        assertThat(us.get("trace").toString()).contains("US-only ECCN");
    }

    @Test
    void theExamplesHoldInTheOrderBook() throws Exception {
        Path in = dir.resolve("orders.csv");
        Path out = dir.resolve("determinations.csv");
        Files.writeString(in, "id,from,to,item,date,hs,end_use\n"
                + "a,KR,IT,3C002,2020-01-01,,\n"
                + "b,KR,NL,3C002,2019-03-01,,\n"
                + "c,JP,KP,2B001,2021-06-01,,\n"
                + "d,JP,MX,NONE,2025-10-10,8458,conventional-weapons\n"
                + "e,JP,MX,NONE,2025-10-08,8458,conventional-weapons\n"
                + "f,JP,KR,2B001,2027-03-01,,\n"
                + "g,KR,RU,NONE,2021-03-01,8479,conventional-weapons\n"
                + "h,JP,CN,3A090,2026-01-01,8542,civil\n"
                + "i,JP,CN,3C099,2026-01-01,,\n");
        CliRun r = CliRun.of("determine", "--in", in.toString(), "--out", out.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("orders.csv:10: column item: 3C099: not an entry of the Japanese control list");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).containsExactly(
                "id,from,to,item,date,hs,end_use,licence_required,licence_options,catch_all,review_days,documents,"
                        + "prohibited,confidence,policy,authority,option_confidence,line,refused",
                "a,KR,IT,3C002,2020-01-01,,,true,COMPREHENSIVE|INDIVIDUAL,false,5,3,false,check,,,confirmed|confirmed,2,",
                "b,KR,NL,3C002,2019-03-01,,,true,COMPREHENSIVE|INDIVIDUAL,false,5,3,false,check,,,confirmed|confirmed,3,",
                "c,JP,KP,2B001,2021-06-01,,,true,,false,,,true,confirmed,,,,4,",
                "d,JP,MX,NONE,2025-10-10,8458,conventional-weapons,true,INDIVIDUAL,true,,,false,check,,,confirmed,5,",
                "e,JP,MX,NONE,2025-10-08,8458,conventional-weapons,false,,false,,,false,confirmed,,,,6,",
                "f,JP,KR,2B001,2027-03-01,,,true,GENERAL_BULK|SPECIAL_GENERAL_BULK|SPECIFIC_BULK|SPECIAL_RETURNS_BULK"
                        + "|SPECIFIC_SUBSIDIARY_BULK|INDIVIDUAL,false,,,false,check,,,confirmed|check|check|check|check|confirmed,7,",
                "g,KR,RU,NONE,2021-03-01,8479,conventional-weapons,true,INDIVIDUAL,true,15,,false,confirmed,,,confirmed,8,",
                "h,JP,CN,3A090,2026-01-01,8542,civil,false,,false,,,false,confirmed,,,,9,",
                "i,JP,CN,3C099,2026-01-01,,,,,,,,,,,,,10,column item: 3C099: not an entry of the Japanese control list");
    }
}
