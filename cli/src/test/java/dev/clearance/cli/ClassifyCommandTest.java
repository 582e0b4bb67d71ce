package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyCommandTest {
    private static final Path CCL = Path.of(System.getProperty("clearance.shared", "../shared"), "reference", "ear", "ccl.json");
    @TempDir
    Path dir;

    @Test
    void classifiesWithParametersAndShowsEachRegimesEntryAndTheThresholdCheck() {
        CliRun r = CliRun.of("classify", "fluorinated polyimide film", "--param", "fluorine=12%wt");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("LISTED: ").contains("1C009.b").contains("JP: ETCO Appended Table 1 row 5")
                .contains("MEETS     fluorine ≥ 10 %wt (\"10% by weight or more\", 1C009.b): given fluorine=12%wt");
        CliRun low = CliRun.of("classify", "fluorinated polyimide", "--param", "fluorine=8%wt", "--json");
        assertThat(low.status()).isZero();
        assertThat(low.out()).contains("\"outcome\" : \"CHECK\"").contains("\"result\" : \"MISSES\"");
    }

    @Test
    void printsTheRecordOfOneRegimeAsADraftToApprove() throws Exception {
        Path page = dir.resolve("record.html");
        CliRun r = CliRun.of("classify", "fluorinated polyimide film", "--param", "fluorine=12%wt", "--record", "jp",
                "--product", "P-300", "--out", page.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).contains("P-300").contains("ETCO Appended Table 1 row 5")
                .contains("DRAFT - not approved");
        assertThat(CliRun.of("classify", "resist", "--record", "XX").err()).contains("--record: no regime 'XX'");
    }

    @Test
    void badParameterIsRefusedNamingTheOption() {
        CliRun r = CliRun.of("classify", "resist", "--param", "wavelength=13furlongs");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--param: unit 'furlongs' is not known").doesNotContain("Exception");
    }

    @Test
    void batchKeepsRefusedRowsInTheOutputNamingFileLineAndColumn() throws Exception {
        Path in = dir.resolve("products.csv");
        Path out = dir.resolve("answers.csv");
        Files.writeString(in, "product,description,cas,params\n"
                + "P-1,anhydrous hydrogen fluoride,7664-39-3,\n"
                + "P-2,positive photoresist,,wavelength=13.5\n"
                + "P-3,fluorinated polyimide,,fluorine=12%wt\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("classify", "--in", in.toString(), "--out", out.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("products.csv:3: column params:").contains("2 rows answered, 1 refused");
        String answers = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(answers.lines()).hasSize(4);
        assertThat(answers).contains("2,P-1,anhydrous hydrogen fluoride,LISTED,1C350,1C350.d.15")
                .contains("3,P-2,positive photoresist,REFUSED").contains("4,P-3,fluorinated polyimide,LISTED,1C009,1C009.b");
    }

    @Test
    void reviewListsTheProductsWhoseParagraphChangedOldAndNewSideBySide() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(CCL), "../shared/reference/ear/ccl.json absent: skipping");
        Path old = dir.resolve("ccl-old.json");
        // The earlier list version read "less than 245 nm" (regimes.md §8.3).
        Files.writeString(old, Files.readString(CCL, StandardCharsets.UTF_8).replace(
                "wavelengths less than 193 nm but equal to or greater than 15 nm", "wavelengths less than 245 nm but equal to"
                        + " or greater than 15 nm"), StandardCharsets.UTF_8);
        Path products = dir.resolve("classified.csv");
        Files.writeString(products, "product,paragraph\nR-1,3C002.a.1\nF-1,1C009.b\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("classify", "review", "--old", old.toString(), "--new", CCL.toString(), "--products",
                products.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("1 of 2 products to review (1 paragraphs changed)").contains("product R-1")
                .contains("3C002.a.1 THRESHOLDS").contains("less than 245 nm").contains("less than 193 nm")
                .contains("thresholds old: [wavelength ≥ 15 and < 245 nm]").doesNotContain("F-1");
    }
}
