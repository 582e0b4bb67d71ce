package dev.clearance.spark;

import dev.clearance.lists.ListDelta;
import dev.clearance.lists.EntityType;
import dev.clearance.lists.ListEntry;
import dev.clearance.matching.BatchScreening;
import dev.clearance.matching.Screener;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Spark job on {@code local[2]} against the one-JVM batch of {@code screen --in}, on a hand-made list. */
class SparkScreeningTest {
    static final List<ListEntry> LIST = List.of(
            person("lavrov", "RU", "1950-03-21", "Sergey Viktorovich Lavrov", "Sergei Lavrov"),
            person("putin", "RU", "1952-10-07", "Vladimir Vladimirovich Putin"),
            person("petrov-1", null, null, "Pavel Petrov"),
            person("petrov-2", null, null, "Oleg Petrov"),
            person("petrov-3", null, null, "Ivan Sergeyevich Petrov"),
            person("petrov-4", null, null, "Ivan Petrov"),
            organisation("gazprom", "Gazprom Neft JSC", "Газпром нефть"),
            organisation("argument", "JSC Argument"),
            organisation("bank", "Bank of Commerce Limited"),
            organisation("petrov-trading", "Petrov Trading Company"));

    static final String PARTNERS = """
            \uFEFFID,Name,Country,Type,DOB,identifiers
            p1,Sergei Lavrov,RU,person,1950,"a note, with a comma"
            p2,"Putin, Vladimir",,,,
            p3,Ivan Petrov,,person,,
            p4,"OAO ""Gazprom"" Neft",RU,organization,,
            p5,Jane Doe,GB,person,1980-01-01,
            p6,"Bank of
            Commerce Ltd",,organization,,"line break inside quotes"
            p7,,,,,empty name
            p8,Argument,,spaceship,,bad type
            ,Nameless Id,,,,
            p9,  Petrov Trading Co  ,,,,
            p10,%%%,,,,no letters
            p11,Ivan S Petrov,,,1970-1-5,bad date
            """;

    private static ListEntry person(String id, String country, String dob, String... names) {
        return entry(id, EntityType.PERSON, country, dob, names);
    }

    private static ListEntry organisation(String id, String... names) {
        return entry(id, EntityType.ORGANIZATION, null, null, names);
    }

    private static ListEntry entry(String id, EntityType type, String country, String dob, String... names) {
        List<ListEntry.Name> ns = new ArrayList<>();
        for (String n : names) {
            ns.add(new ListEntry.Name(n, ns.isEmpty() ? ListEntry.Name.Kind.PRIMARY : ListEntry.Name.Kind.ALIAS));
        }
        return new ListEntry("hand", id, "Hand list", type, ns, country == null ? List.of() : List.of(country),
                dob == null ? List.of() : List.of(dob), List.of(), List.of(), "");
    }

    /** What {@code screen --in} writes for the partners: its rows, in its order. */
    static List<List<String>> batch(List<ListEntry> entries, String partners, double threshold, int top) throws Exception {
        StringWriter out = new StringWriter();
        BatchScreening.run(Screener.of(entries), "partners.csv", new StringReader(partners), out, threshold, top, null);
        // screen --in writes every row; its hits (outcome HIT), in the hit columns, are what spark-screen's hits hold
        int n = BatchScreening.HEADER.size();
        return LocalSpark.read(out.toString(), BatchScreening.ROW_HEADER).stream()
                .filter(r -> r.get(n + 1).equals("HIT")).map(r -> List.copyOf(r.subList(0, n))).toList();
    }

    static List<List<String>> spark(Path dir, Dataset<Row> partners, ScreeningLists lists, double threshold, int top)
            throws Exception {
        SparkScreening.Outcome o = SparkScreening.screen(LocalSpark.session(), partners, lists, threshold, top);
        try {
            SparkScreen.write(o.hits(), dir.resolve("hits").toString());
            return LocalSpark.readParts(dir.resolve("hits"), BatchScreening.HEADER);
        } finally {
            o.release();
        }
    }

    @Test
    void csvGivesTheHitsOfTheOneJvmBatch(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("partners.csv");
        Files.writeString(csv, PARTNERS, StandardCharsets.UTF_8);
        SparkSession spark = LocalSpark.session();
        for (double threshold : new double[] {Screener.DEFAULT_THRESHOLD, 0.5}) {
            for (int top : new int[] {10, 2}) {
                List<List<String>> expected = batch(LIST, PARTNERS, threshold, top);
                Dataset<Row> partners = PartnerFiles.read(spark, csv.toString(), PartnerFiles.Format.CSV, 2);
                List<List<String>> actual = spark(dir.resolve(threshold + "-" + top), partners,
                        ScreeningLists.full(LIST), threshold, top);
                assertThat(LocalSpark.sorted(actual)).as("threshold %s top %d", threshold, top)
                        .isEqualTo(LocalSpark.sorted(expected));
            }
        }
        List<List<String>> expected = batch(LIST, PARTNERS, 0.5, 10);
        // The hand-made rows cover what matters: quotes, a line break in a field, trimming, and ties cut by top.
        assertThat(expected).extracting(r -> r.get(0)).contains("p1", "p2", "p3", "p4", "p6", "p9");
        assertThat(expected).extracting(r -> r.get(0)).doesNotContain("p7", "p8", "p10", "p11", "");
    }

    @Test
    void refusedRowsAreReportedNotDropped(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("partners.csv");
        Files.writeString(csv, PARTNERS, StandardCharsets.UTF_8);
        Dataset<Row> partners = PartnerFiles.read(LocalSpark.session(), csv.toString(), PartnerFiles.Format.CSV, 2);
        SparkScreening.Outcome o = SparkScreening.screen(LocalSpark.session(), partners, ScreeningLists.full(LIST),
                Screener.DEFAULT_THRESHOLD, 10);
        try {
            List<String> refused = o.refused().collectAsList().stream()
                    .map(r -> r.getString(1) + ": " + r.getString(2)).sorted().toList();
            assertThat(refused).containsExactly(
                    ": column id: empty",
                    "p10: column name: '%%%' has no letters or digits to match on",
                    "p11: column dob: '1970-1-5' is not YYYY, YYYY-MM or YYYY-MM-DD",
                    "p7: column name: empty: give the name to screen",
                    "p8: column type: 'spaceship' is not person, organization, vessel or aircraft");
            assertThat(o.refused().collectAsList()).allMatch(r -> r.getString(0).endsWith("partners.csv"));
            assertThat(o.counts()).isEqualTo(new SparkScreening.Counts(12, o.hits().count(), 5));
            assertThat(o.hits().count()).isPositive();
        } finally {
            o.release();
        }
    }

    @Test
    void parquetGivesTheSameHitsAsCsv(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("partners.csv");
        Files.writeString(csv, PARTNERS, StandardCharsets.UTF_8);
        SparkSession spark = LocalSpark.session();
        Dataset<Row> fromCsv = PartnerFiles.read(spark, csv.toString(), PartnerFiles.Format.CSV, 2);
        String parquet = dir.resolve("partners.parquet").toString();
        fromCsv.drop(PartnerFiles.FILE).write().parquet(parquet);
        assertThat(PartnerFiles.guess(parquet)).isEqualTo(PartnerFiles.Format.PARQUET);
        Dataset<Row> fromParquet = PartnerFiles.read(spark, parquet, PartnerFiles.Format.PARQUET, 2);
        List<List<String>> actual = spark(dir.resolve("pq"), fromParquet, ScreeningLists.full(LIST), 0.5, 10);
        assertThat(LocalSpark.sorted(actual)).isEqualTo(LocalSpark.sorted(batch(LIST, PARTNERS, 0.5, 10)));
    }

    @Test
    void deltaGivesTheFullHitsOfTheChangedEntries(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("partners.csv");
        Files.writeString(csv, PARTNERS, StandardCharsets.UTF_8);
        // The old version lacked petrov-4 and one Lavrov alias; bank is unchanged.
        List<ListEntry> old = new ArrayList<>();
        for (ListEntry e : LIST) {
            if (e.nativeId().equals("lavrov")) {
                old.add(person("lavrov", "RU", "1950-03-21", "Sergey Viktorovich Lavrov"));
            } else if (!e.nativeId().equals("petrov-4")) {
                old.add(e);
            }
        }
        old.add(organisation("gone", "Removed Entity Ltd"));
        ListDelta delta = ListDelta.between(old, LIST);
        assertThat(delta.added()).containsExactly("hand:petrov-4");
        assertThat(delta.changed()).containsExactly("hand:lavrov");
        assertThat(delta.removed()).containsExactly("hand:gone");
        Set<String> toScreen = delta.toScreen();
        for (int top : new int[] {10, 1}) {
            List<List<String>> full = batch(LIST, PARTNERS, 0.5, top);
            List<List<String>> expected = full.stream().filter(r -> toScreen.contains(r.get(2))).toList();
            Dataset<Row> partners = PartnerFiles.read(LocalSpark.session(), csv.toString(), PartnerFiles.Format.CSV, 2);
            List<List<String>> actual = spark(dir.resolve("delta-" + top), partners,
                    ScreeningLists.only(LIST, toScreen), 0.5, top);
            assertThat(LocalSpark.sorted(actual)).as("top %d", top).isEqualTo(LocalSpark.sorted(expected));
            if (top == 10) {
                assertThat(expected).extracting(r -> r.get(2)).contains("hand:petrov-4", "hand:lavrov");
            }
        }
    }

    @Test
    void aFileWithoutTheNameColumnIsRefusedWhole(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("partners.csv");
        Files.writeString(csv, "id,fullname\np1,Sergei Lavrov\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PartnerFiles.read(LocalSpark.session(), csv.toString(), PartnerFiles.Format.CSV, 2))
                .isInstanceOf(PartnerFileException.class)
                .hasMessageContaining("partners.csv").hasMessageContaining("lacks column(s) name");
        assertThatThrownBy(() -> PartnerFiles.read(LocalSpark.session(), dir.resolve("none.csv").toString(),
                PartnerFiles.Format.CSV, 2))
                .isInstanceOf(PartnerFileException.class).hasMessageContaining("none.csv");
    }
}
