package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code impact}, {@code timeline}, {@code regimes diff} and {@code regimes compare} from the command line. */
class ImpactCommandsTest {
    @TempDir Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Clearance.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private Path book(String... lines) throws IOException {
        Path p = dir.resolve("orders.csv");
        Files.writeString(p, "id,from,to,item,date,cas,hs,end_use,end_user,informed\n" + String.join("\n", lines) + "\n");
        return p;
    }

    @Test
    void impactWritesTheChangedLinesAndTheReport() throws IOException {
        Path orders = book("1,JP,KR,2B001,2019-10-01,,,civil,,false", "2,JP,US,2B001,2019-10-01,,,civil,,false",
                "3,JP,KR,NONE,2019-10-01,,2811,wmd,,false");
        Path changes = dir.resolve("changes.csv");
        Path report = dir.resolve("report.html");
        int status = run("impact", "--orders", orders.toString(), "--before", "2019-08-27", "--after", "2019-08-28",
                "--out", changes.toString(), "--report", report.toString());
        assertThat(status).as(err.toString()).isZero();
        List<String> csv = Files.readAllLines(changes);
        assertThat(csv.get(0)).isEqualTo("id,from,to,item,date,cas,hs,end_use,end_user,informed,"
                + "before_licence_options,after_licence_options,before_review_days,after_review_days,"
                + "before_licence_required,after_licence_required,before_catch_all,after_catch_all,"
                + "before_documents,after_documents,before_prohibited,after_prohibited,before_policy,after_policy,"
                + "before_authority,after_authority,reasons");
        assertThat(csv).hasSize(3);
        assertThat(csv.get(1)).startsWith("1,JP,KR,2B001").contains("GENERAL_BULK|SPECIAL_GENERAL_BULK");
        assertThat(csv.get(2)).startsWith("3,JP,KR,NONE").contains(",false,true,false,true,");
        assertThat(out.toString()).contains("3 order line(s) determined, 2 changed, 0 rejected");
        assertThat(Files.readString(report)).contains("<svg");
    }

    @Test
    void badLinesAreReportedAndTheRestCompared() throws IOException {
        Path orders = book("1,JP,KR,2B001,2019-10-01,,,civil,,false", "2,JP,ZZ,2B001,2019-10-01,,,civil,,false");
        int status = run("impact", "--orders", orders.toString(), "--before", "2019-08-27", "--after", "2019-08-28");
        assertThat(status).isEqualTo(Clearance.BAD_INPUT);
        assertThat(err.toString()).contains("orders.csv:3:", "ZZ");
        assertThat(out.toString()).contains("1 order line(s) determined, 1 changed, 1 rejected");
    }

    @Test
    void aBadScenarioIsOneLineNamingFileAndPath() throws IOException {
        Path orders = book("1,JP,KR,2B001,2019-10-01,,,civil,,false");
        Path scenario = dir.resolve("scenario.yaml");
        Files.writeString(scenario, "jurisdiction: JP\ntitle: t\nchanges:\n"
                + "  - {kind: move-country, country: XX, join: A, from: 2020-01-01, source: s}\n");
        int status = run("impact", "--orders", orders.toString(), "--scenario", scenario.toString());
        assertThat(status).isEqualTo(Clearance.BAD_INPUT);
        assertThat(err.toString().trim()).isEqualTo(
                "clearance: scenario.yaml: changes[0].country: unknown ISO 3166-1 alpha-2 country code 'XX'");
    }

    @Test
    void aScenarioIsComparedWithTheRegimeAsItStands() throws IOException {
        Path orders = book("1,JP,KR,2B001,2020-10-01,,,civil,,false", "2,JP,KR,2B001,2019-10-01,,,civil,,false");
        Path scenario = dir.resolve("scenario.yaml");
        Files.writeString(scenario, "jurisdiction: JP\ntitle: Korea back in A\nchanges:\n"
                + "  - {kind: move-country, country: KR, leave: B, join: A, from: 2020-01-01, rationale: what if}\n");
        assertThat(run("impact", "--orders", orders.toString(), "--scenario", scenario.toString())).isZero();
        assertThat(out.toString()).contains("with scenario 'Korea back in A'", "2 order line(s) determined, 1 changed");
    }

    @Test
    void impactNeedsBothDatesWithoutAScenario() throws IOException {
        Path orders = book("1,JP,KR,2B001,2019-10-01,,,civil,,false");
        assertThat(run("impact", "--orders", orders.toString(), "--before", "2019-08-27"))
                .isEqualTo(Clearance.BAD_INPUT);
        assertThat(err.toString()).contains("--before and --after");
    }

    @Test
    void regimesDiffShowsKoreaLeavingGroupA() {
        assertThat(run("regimes", "diff", "JP", "--from", "2019-08-27", "--to", "2019-08-28")).isZero();
        assertThat(out.toString()).contains("- membership: KR is in A", "+ membership: KR is in B");
        assertThat(run("regimes", "diff", "JP", "--from", "2019-08-27", "--to", "2019-08-28", "--json")).isZero();
        assertThat(out.toString()).contains("\"statement\" : \"KR is in B\"");
        assertThat(run("regimes", "diff", "JP", "--from", "2019-08-28", "--to", "2019-08-27"))
                .isEqualTo(Clearance.BAD_INPUT);
    }

    @Test
    void regimesCompareInTextJsonAndHtml() {
        assertThat(run("regimes", "compare", "JP", "KR", "--date", "2020-01-01")).isZero();
        assertThat(out.toString()).contains("KR -> JP: JP is in Ga-2", "review 15 days; 5 documents");
        assertThat(run("regimes", "compare", "JP", "KR", "--date", "2020-01-01", "--html")).isZero();
        assertThat(out.toString()).contains("<!DOCTYPE html>", "JP → KR");
        assertThat(run("regimes", "compare", "JP", "KR", "--date", "2020-01-01", "--json")).isZero();
        assertThat(out.toString()).contains("\"treatments\"");
    }

    @Test
    void timelineDrawsAChart() {
        assertThat(run("timeline", "KR", "--regime", "JP", "--to", "2024-01-01")).isZero();
        assertThat(out.toString()).contains("B: [2019-08-28, 2023-07-21)");
        assertThat(run("timeline", "KR", "--regime", "JP", "--html")).isZero();
        assertThat(out.toString()).contains("<svg", "</html>");
    }
}
