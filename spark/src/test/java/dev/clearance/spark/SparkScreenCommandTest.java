package dev.clearance.spark;

import dev.clearance.matching.BatchScreening;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code clearance spark-screen} end to end on {@code local[2]}: outputs, delta, exit statuses. */
class SparkScreenCommandTest {
    private static final String HEADER = "_id,source,type,name,alt_names,nationalities,dates_of_birth\n";
    private static final String OLD = HEADER
            + "1,Specially Designated Nationals (SDN) - Treasury Department,Individual,Sergey Viktorovich LAVROV,,RU,1950-03-21\n"
            + "2,Entity List (EL) - Bureau of Industry and Security,Entity,Gazprom Neft JSC,,,\n";
    private static final String NEW = OLD
            + "3,Specially Designated Nationals (SDN) - Treasury Department,Entity,Petrov Trading Company,Petrov Trade LLC,,\n";
    private static final String PARTNERS = """
            id,name,country,type
            c1,Sergei Lavrov,RU,person
            c2,Petrov Trading Co,,organization
            c3,Jane Doe,GB,person
            """;

    private record Run(int status, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        LocalSpark.session();   // the command uses the running session and leaves it running
        int status = SparkScreen.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, err.toString());
    }

    @Test
    void fullAndDeltaRuns(@TempDir Path dir) throws Exception {
        Path old = Files.writeString(dir.resolve("old.csv"), OLD, StandardCharsets.UTF_8);
        Path current = Files.writeString(dir.resolve("new.csv"), NEW, StandardCharsets.UTF_8);
        Path partners = Files.writeString(dir.resolve("partners.csv"), PARTNERS, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        Run full = run("--parties", partners.toString(), "--list", "csl-csv:" + current, "--out", out.toString());
        assertThat(full.status()).as(full.err()).isZero();
        assertThat(full.err()).contains("3 part(ies) screened, 0 rejected");
        List<List<String>> hits = LocalSpark.sorted(LocalSpark.readParts(out.resolve("hits"), BatchScreening.HEADER));
        assertThat(hits).extracting(r -> r.get(0) + " " + r.get(2)).contains("c1 csl:1", "c2 csl:3")
                .noneMatch(s -> s.startsWith("c3"));

        Run delta = run("--parties", partners.toString(), "--list", "csl-csv:" + current,
                "--delta-from", "csl-csv:" + old, "--out", out.toString());
        assertThat(delta.status()).as(delta.err()).isZero();
        assertThat(delta.err()).contains("delta: 1 added, 0 changed, 0 removed");
        List<List<String>> deltaHits = LocalSpark.readParts(out.resolve("hits"), BatchScreening.HEADER);
        assertThat(deltaHits).isEqualTo(hits.stream().filter(r -> r.get(2).equals("csl:3")).toList());
        assertThat(LocalSpark.readParts(out.resolve("changes"), List.of("entry_id", "change")))
                .containsExactly(List.of("csl:3", "added"));
    }

    @Test
    void badInputIsOneLineWithStatusTwo(@TempDir Path dir) throws Exception {
        Path current = Files.writeString(dir.resolve("new.csv"), NEW, StandardCharsets.UTF_8);
        Path partners = Files.writeString(dir.resolve("partners.csv"), PARTNERS + "c4,,,\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        Run refused = run("--parties", partners.toString(), "--list", "csl-csv:" + current, "--out", out.toString());
        assertThat(refused.status()).isEqualTo(SparkScreen.BAD_INPUT);
        assertThat(refused.err()).contains("partners.csv:5: id 'c4': column name: empty")
                .contains("3 part(ies) screened, 1 rejected");
        assertThat(LocalSpark.readParts(out.resolve("refused"), List.of("file", "query_id", "problem", "line")))
                .extracting(r -> r.get(1) + " line " + r.get(3)).containsExactly("c4 line 5");

        Run badList = run("--parties", partners.toString(), "--list", "nope:" + current, "--out", out.toString());
        assertThat(badList.status()).isEqualTo(SparkScreen.BAD_INPUT);
        assertThat(badList.err().strip()).startsWith("clearance: --list nope:").doesNotContain("\n").doesNotContain("Exception");

        Run noFile = run("--parties", dir.resolve("missing.csv").toString(), "--list", "csl-csv:" + current,
                "--out", out.toString());
        assertThat(noFile.status()).isEqualTo(SparkScreen.BAD_INPUT);
        assertThat(noFile.err().strip()).startsWith("clearance: ").contains("missing.csv").doesNotContain("\n");

        Run badTop = run("--parties", partners.toString(), "--list", "csl-csv:" + current, "--out", out.toString(),
                "--top", "0");
        assertThat(badTop.status()).isEqualTo(SparkScreen.BAD_INPUT);
        assertThat(badTop.err()).isEqualTo("clearance: --top: must be at least 1" + System.lineSeparator());
    }

    @Test
    void anUnknownColumnIsRefusedNamingItAndADeclaredOneIsCarriedToTheOutput(@TempDir Path dir) throws Exception {
        Path current = Files.writeString(dir.resolve("new.csv"), NEW, StandardCharsets.UTF_8);
        Path partners = Files.writeString(dir.resolve("partners.csv"), """
                id,name,country,type,Sales Region
                c1,Sergei Lavrov,RU,person,EMEA-East
                c4,,,,APAC
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        Run unknown = run("--parties", partners.toString(), "--list", "csl-csv:" + current, "--out", out.toString());
        assertThat(unknown.status()).isEqualTo(SparkScreen.BAD_INPUT);
        assertThat(unknown.err()).contains("Sales Region").doesNotContain("Exception");

        Run declared = run("--parties", partners.toString(), "--list", "csl-csv:" + current, "--out", out.toString(),
                "--extra-columns", "sales region");
        assertThat(declared.status()).as(declared.err()).isEqualTo(SparkScreen.BAD_INPUT);
        List<String> hitHeader = new java.util.ArrayList<>(BatchScreening.HEADER);
        hitHeader.add("sales region");
        assertThat(LocalSpark.readParts(out.resolve("hits"), hitHeader))
                .isNotEmpty().allSatisfy(r -> assertThat(r.get(0) + " " + r.get(hitHeader.size() - 1))
                        .isEqualTo("c1 EMEA-East"));
        assertThat(LocalSpark.readParts(out.resolve("refused"), List.of("file", "query_id", "problem", "line",
                "sales region"))).extracting(r -> r.get(1) + " " + r.get(4)).containsExactly("c4 APAC");

        Run clash = run("--parties", partners.toString(), "--list", "csl-csv:" + current, "--out", out.toString(),
                "--extra-columns", "Sales Region,LINE");
        assertThat(clash.status()).isEqualTo(SparkScreen.BAD_INPUT);
        assertThat(clash.err()).contains("--extra-columns: 'LINE'");
    }
}
