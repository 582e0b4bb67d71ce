package dev.clearance.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partner row {@code spark-screen} cannot screen is named by file, line and id, as {@code screen --in} names it:
 * the line the row starts on in the file, past quoted line breaks and blank lines, and a row the CSV reader cannot
 * read at all is refused at its line, never dropped.
 */
class SparkRefusalLineTest {
    private static final String LIST = "_id,source,type,name,alt_names,nationalities,dates_of_birth\n"
            + "1,Specially Designated Nationals (SDN) - Treasury Department,Individual,Sergey Viktorovich LAVROV,,RU,"
            + "1950-03-21\n";

    @Test
    void refusedRowsCarryTheLineTheyStartOn(@TempDir Path dir) throws Exception {
        Path list = Files.writeString(dir.resolve("list.csv"), LIST, StandardCharsets.UTF_8);
        Path partners = Files.writeString(dir.resolve("partners.csv"), String.join("\n",
                "id,name,country,type",                       // 1
                "c1,\"Sergei",                                // 2: a quoted name over two lines
                "Lavrov\",RU,person",                         // 3
                "",                                           // 4: blank
                "c2,,GB,person",                              // 5: no name
                "c3,Jane Doe,GB,spaceship",                   // 6: bad type
                "c4,\"Unclosed quote,GB,person",              // 7: unreadable
                "c5,Jane Roe,GB,person",                      // 8
                ""), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        LocalSpark.session();
        int status = SparkScreen.run(new String[] {"--parties", partners.toString(), "--list", "csl-csv:" + list,
            "--out", out.toString()}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(status).as(err.toString()).isEqualTo(SparkScreen.BAD_INPUT);
        assertThat(err.toString()).contains("partners.csv:5: id 'c2': column name: empty")
                .contains("partners.csv:6: id 'c3': column type:")
                .contains("partners.csv:7: ")
                .contains("2 part(ies) screened, 3 rejected"); // c1 and c5: the unclosed quote takes no row with it
        List<List<String>> refused = LocalSpark.readParts(out.resolve("refused"),
                List.of("file", "query_id", "problem", "line"));
        assertThat(refused).extracting(r -> r.get(3)).containsExactlyInAnyOrder("5", "6", "7");
        assertThat(refused).allMatch(r -> r.get(0).endsWith("partners.csv"));
        assertThat(LocalSpark.readParts(out.resolve("hits"), dev.clearance.matching.BatchScreening.HEADER))
                .extracting(r -> r.get(0)).contains("c1");
    }

    @Test
    void aPartnerFileInAnotherEncodingIsReadWithEncodingAndAnUnknownColumnIsRefused(@TempDir Path dir)
            throws Exception {
        Path list = Files.writeString(dir.resolve("list.csv"), LIST, StandardCharsets.UTF_8);
        java.nio.charset.Charset sjis = java.nio.charset.Charset.forName("Shift_JIS");
        Path partners = Files.writeString(dir.resolve("partners.csv"), "id,name,country,type\n"
                + "c1,Sergey Viktorovich Lavrov,RU,person\nc2,東京電機,JP,organization\n", sjis);
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        LocalSpark.session();
        int status = SparkScreen.run(new String[] {"--parties", partners.toString(), "--list", "csl-csv:" + list,
            "--out", out.toString(), "--encoding", "Shift_JIS"}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        assertThat(status).as(err.toString()).isZero();
        assertThat(LocalSpark.readParts(out.resolve("hits"), dev.clearance.matching.BatchScreening.HEADER))
                .extracting(r -> r.get(0)).contains("c1");

        Path unknown = Files.writeString(dir.resolve("unknown.csv"), "id,name,colour\nc1,Jane Roe,red\n",
                StandardCharsets.UTF_8);
        StringWriter err2 = new StringWriter();
        int refused = SparkScreen.run(new String[] {"--parties", unknown.toString(), "--list", "csl-csv:" + list,
            "--out", dir.resolve("out2").toString()}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err2, true));
        assertThat(refused).isEqualTo(SparkScreen.BAD_INPUT);
        assertThat(err2.toString()).contains("colour");
    }
}
