package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The screening commands on small files in the official formats. */
class ScreenCommandTest {
    @TempDir Path dir;
    private String sdn;
    private String meti;

    @BeforeEach
    void lists() throws Exception {
        // OFAC legacy SDN.CSV: no header, -0- for null, 0x1A at the end.
        Path p = dir.resolve("SDN.CSV");
        Files.writeString(p, "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
                + "\"a.k.a. 'BNC'.\"\r\n"
                + "7157,\"ARGUMENT, JSC\",-0- ,\"RUSSIA-EO14024\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
                + "\u001A", StandardCharsets.ISO_8859_1);
        sdn = "ofac-csv:" + p;
        Path m = dir.resolve("meti.txt");
        Files.writeString(m, "○ 輸出等に係る禁止措置の対象となるロシア連邦の団体\n最終更新日：2025 年09 月12 日\n"
                + "１ 有限責任会社アルグト\nArgut OOO\n所在地：6 Mnevniki str, Moscow 123308, Russia.\n");
        meti = "meti-txt:" + m;
    }

    @Test
    void aNameFindsItsEntryWithAnExplanation() {
        CliRun r = CliRun.of("screen", "--list", sdn, "--name", "Banco Nacional de Cuba");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("1. 1.000  ofac:306  OFAC SDN  BANCO NACIONAL DE CUBA").contains("EXACT");
    }

    @Test
    void aNameOfLegalFormsAloneIsRefusedNamingTheField() {
        CliRun r = CliRun.of("screen", "--list", sdn, "--name", "Co., Ltd.");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("name").contains("too little to screen on").doesNotContain("Exception");
    }

    @Test
    void theHelpDocumentsIdentifiersAndTheirForms() {
        CliRun r = CliRun.of("screen", "--help");
        // picocli wraps the description: the forms are checked with the line breaks and indentation folded.
        String help = r.out().replaceAll("\\s+", " ");
        assertThat(help).contains("--identifier").contains("IMO No. 9187629").contains("Passport No.")
                .contains("National ID").contains("identifiers");
    }

    @Test
    void aTradingAsNameFindsTheListedName() {
        CliRun r = CliRun.of("screen", "--list", sdn, "--name", "Northgate Supplies Ltd t/a Banco Nacional de Cuba");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("1. 1.000  ofac:306");
    }

    @Test
    void legalFormsAndWordOrderDoNotHideAHit() throws Exception {
        CliRun r = CliRun.of("screen", "--list", sdn, "--name", "Joint Stock Company Argument", "--json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode hits = new ObjectMapper().readTree(r.out());
        assertThat(hits.get(0).get("entryId").asText()).isEqualTo("ofac:7157");
        assertThat(hits.get(0).get("score").asDouble()).isGreaterThan(0.8);
    }

    @Test
    void batchWritesOneRowPerHitAndReportsBadRows() throws Exception {
        Path in = dir.resolve("parties.csv");
        Path out = dir.resolve("hits.csv");
        Files.writeString(in, "id,name,country\np1,Banco Nacional de Cuba,CU\np2,,RU\np3,Toyota Motor,JP\n");
        CliRun r = CliRun.of("screen", "--list", sdn, "--in", in.toString(), "--out", out.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("parties.csv:3");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("query_id,rank,entry_id,list,matched_name,score,explanation,list_version,"
                + "line,outcome,refused");
        // The reviewer's columns: the one-line explanation and the list file with its SHA-256.
        assertThat(lines).anyMatch(l -> l.startsWith("p1,1,ofac:306,OFAC SDN,") && l.contains("EXACT")
                && l.matches("(?i).*,[^,]+\\.csv@sha256:[0-9a-f]{12},2,HIT,$"));
        // every row is in the file: the refused one with its line and reason, the clear one as NO_HIT
        assertThat(lines).anyMatch(l -> l.startsWith("p2,,") && l.contains(",3,NOT_SCREENED,"));
        assertThat(lines).anyMatch(l -> l.startsWith("p3,,") && l.endsWith(",4,NO_HIT,"));
    }

    @Test
    void scorePairsAddsAScoreColumn() throws Exception {
        Path in = dir.resolve("pairs.csv");
        Path out = dir.resolve("scored.csv");
        Files.writeString(in, "name1,name2,schema\nVladimir Putin,Владимир Путин,Person\nAcme Corp,Zenith Ltd,Company\n");
        CliRun r = CliRun.of("score-pairs", "--in", in.toString(), "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("name1,name2,schema,score");
        assertThat(Double.parseDouble(lines.get(1).substring(lines.get(1).lastIndexOf(',') + 1))).isGreaterThan(0.9);
        assertThat(Double.parseDouble(lines.get(2).substring(lines.get(2).lastIndexOf(',') + 1))).isLessThan(0.5);
    }

    @Test
    void anEndUserOnMetisSpecificOrganisationsIsProhibitedWithTheHitInTheTrace() {
        // METI's list of specific organisations is an export ban (FEFTA Art. 48(3)), not the WMD End User List:
        // the hit prohibits the export rather than calling for a catch-all licence (issue 17).
        CliRun r = CliRun.of("determine", "--from", "JP", "--to", "RU", "--item", "NONE", "--date", "2025-10-01",
                "--end-user", "Argut LLC", "--list", meti);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Prohibited").contains("meti:").contains("export-ban:JP");
    }

    @Test
    void badListSpecsAreOneLineErrors() {
        for (String spec : List.of("nosuchformat:x.csv", "ofac-csv", "un-xml:" + dir.resolve("missing.xml"))) {
            CliRun r = CliRun.of("screen", "--list", spec, "--name", "x");
            assertThat(r.status()).as(spec).isEqualTo(2);
            assertThat(r.err()).startsWith("clearance: ").doesNotContain("\tat ");
        }
        assertThat(CliRun.of("screen", "--list", sdn, "--name", "x", "--threshold", "7").status()).isEqualTo(2);
        assertThat(CliRun.of("screen", "--list", sdn, "--name", "x", "--type", "ship").status()).isEqualTo(2);
    }
}
