package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.server.ServerMain;
import dev.clearance.server.ServerOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through the CLI: an end user screened against no list is not clear (text, JSON and CSV say CHECK and why), a CSV
 * column no reader takes stops the command naming it (unless declared extra), and {@code audit verify --db URL}
 * opens the H2 database {@code serve --db URL} created.
 */
class UnscreenedAndStrictInputCliTest {
    @TempDir Path dir;

    @Test
    void anEndUserScreenedAgainstNoListIsCheckNeverConfirmed() throws Exception {
        String[] args = {"determine", "--from", "JP", "--to", "KR", "--item", "3C002", "--date", "2019-07-10",
            "--end-user", "Samsung Electronics"};
        CliRun text = CliRun.of(args);
        assertThat(text.status()).as(text.err()).isZero();
        assertThat(text.out().split("\n")[0]).contains("confidence check");
        assertThat(text.out()).contains("was not screened against any list");
        String[] withJson = java.util.Arrays.copyOf(args, args.length + 1);
        withJson[args.length] = "--json";
        CliRun json = CliRun.of(withJson);
        JsonNode j = new ObjectMapper().readTree(json.out());
        assertThat(j.get("confidence").asText()).isEqualTo("check");
        assertThat(j.get("trace").toString()).contains("Samsung Electronics was not screened");

        Path in = dir.resolve("orders.csv");
        Path out = dir.resolve("out.csv");
        Files.writeString(in, "id,from,to,item,date,end_user\na,JP,KR,3C002,2019-07-10,Samsung Electronics\n"
                + "b,JP,KR,3C002,2019-07-10,\n");
        CliRun book = CliRun.of("determine", "--in", in.toString(), "--out", out.toString());
        assertThat(book.status()).as(book.err()).isZero();
        String[] lines = Files.readString(out).split("\n");
        String[] header = lines[0].split(",");
        int confidence = java.util.Arrays.asList(header).indexOf("confidence");
        assertThat(lines[1].split(",", -1)[confidence]).isEqualTo("check");
        assertThat(lines[2].split(",", -1)[confidence]).isEqualTo("confirmed");
    }

    @Test
    void anUnknownColumnStopsEveryCsvWayInNamingIt() throws Exception {
        Path book = dir.resolve("orders.csv");
        Files.writeString(book, "id,from,to,item,date,end_usr\na,JP,KR,3C002,2019-07-10,Samsung\n");
        CliRun determine = CliRun.of("determine", "--in", book.toString(), "--out", dir.resolve("d.csv").toString());
        assertThat(determine.status()).isEqualTo(2);
        assertThat(determine.err()).contains("orders.csv:1", "unknown column(s) end_usr");
        assertThat(dir.resolve("d.csv")).doesNotExist();
        CliRun impact = CliRun.of("impact", "--orders", book.toString(), "--before", "2019-08-27", "--after",
                "2019-08-28", "--out", dir.resolve("i.csv").toString());
        assertThat(impact.status()).isEqualTo(2);
        assertThat(impact.err()).contains("end_usr");
        CliRun workload = CliRun.of("workload", "--orders", book.toString(), "--before", "2019-08-27", "--after",
                "2019-08-28");
        assertThat(workload.status()).isEqualTo(2);
        assertThat(workload.err()).contains("end_usr");

        Path declared = dir.resolve("declared.csv");
        Files.writeString(declared, "id,from,to,item,date,Ship_Via\na,JP,KR,3C002,2019-07-10,air\n");
        CliRun extra = CliRun.of("determine", "--in", declared.toString(), "--out", dir.resolve("e.csv").toString(),
                "--extra-columns", "ship_via");
        assertThat(extra.status()).as(extra.err()).isZero();
        assertThat(Files.readString(dir.resolve("e.csv"))).contains("Ship_Via", "air");

        Path list = volgaList();
        Path parties = dir.resolve("parties.csv");
        Files.writeString(parties, "id,name,contry\n1,Volga Precision Instruments,RU\n");
        CliRun screen = CliRun.of("screen", "--list", "ftm-json:" + list, "--in", parties.toString(), "--out",
                dir.resolve("h.csv").toString());
        assertThat(screen.status()).isEqualTo(2);
        assertThat(screen.err()).contains("parties.csv:1", "contry");

        Path partners = dir.resolve("partners.csv");
        Files.writeString(partners, "key,name,aliasses\nC-1,Acme,Acme GmbH\n");
        CliRun imported = CliRun.of("parties", "import", "--in", partners.toString(), "--data",
                dir.resolve("data").toString());
        assertThat(imported.status()).isEqualTo(2);
        assertThat(imported.err()).contains("aliasses");
    }

    @Test
    void aDeclaredExtraColumnIsCarriedToEveryOutputRowOfEveryCsvWayIn() throws Exception {
        // determine --in: the book's own fields are written back, a refused line's too
        Path book = dir.resolve("orders.csv");
        Files.writeString(book, "id,from,to,item,date,Cost Centre\na,JP,KR,3C002,2019-07-10,CC-7\n"
                + "b,JP,XX,3C002,2019-07-10,CC-8\n");
        Path determined = dir.resolve("d.csv");
        assertThat(CliRun.of("determine", "--in", book.toString(), "--out", determined.toString()).err())
                .contains("Cost Centre");
        CliRun d = CliRun.of("determine", "--in", book.toString(), "--out", determined.toString(),
                "--extra-columns", "cost centre");
        assertThat(d.status()).isEqualTo(2);
        java.util.List<String> lines = Files.readAllLines(determined);
        assertThat(lines.get(0)).startsWith("id,from,to,item,date,Cost Centre,");
        assertThat(lines.get(1)).startsWith("a,JP,KR,3C002,2019-07-10,CC-7,");
        assertThat(lines.get(2)).startsWith("b,JP,XX,3C002,2019-07-10,CC-8,").contains("unknown ISO 3166-1");

        // screen --in: the declared columns come last, on hit, no-hit and refused rows alike
        Path list = volgaList();
        Path parties = dir.resolve("parties.csv");
        Files.writeString(parties, "id,name,type,Region\n1,Volga Precision Instruments,,EMEA\n2,Acme,spaceship,APAC\n"
                + "3,Hanbit Optics,,KR\n");
        Path hits = dir.resolve("hits.csv");
        assertThat(CliRun.of("screen", "--list", "ftm-json:" + list, "--in", parties.toString(), "--out",
                hits.toString()).err()).contains("Region");
        CliRun screen = CliRun.of("screen", "--list", "ftm-json:" + list, "--in", parties.toString(), "--out",
                hits.toString(), "--extra-columns", "region");
        assertThat(screen.status()).isEqualTo(2);
        java.util.List<String> rows = Files.readAllLines(hits);
        assertThat(rows.get(0)).endsWith(",line,outcome,refused,region");
        assertThat(rows.get(1)).startsWith("1,1,ftm:o1,").endsWith(",2,HIT,,EMEA");
        assertThat(rows.get(2)).startsWith("2,,").contains(",3,NOT_SCREENED,").endsWith(",APAC");
        assertThat(rows.get(3)).startsWith("3,,").endsWith(",4,NO_HIT,,KR");

        // parties import --out: every row's outcome with the declared columns
        Path partners = dir.resolve("partners.csv");
        Files.writeString(partners, "key,name,Account Manager\nC-1,Acme,Ito\nC-2,,Kim\n");
        Path outcomes = dir.resolve("rows.csv");
        CliRun refused = CliRun.of("parties", "import", "--in", partners.toString(), "--data",
                dir.resolve("data").toString(), "--out", outcomes.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("Account Manager");
        CliRun imported = CliRun.of("parties", "import", "--in", partners.toString(), "--data",
                dir.resolve("data").toString(), "--out", outcomes.toString(), "--extra-columns", "account manager");
        assertThat(imported.status()).isEqualTo(2);
        java.util.List<String> written = Files.readAllLines(outcomes);
        assertThat(written).hasSize(3);
        assertThat(written.get(0)).isEqualTo("key,line,outcome,refused,account manager");
        assertThat(written.get(1)).isEqualTo("C-1,2,CREATED,,Ito");
        assertThat(written.get(2)).startsWith("C-2,3,REFUSED,").contains("name").endsWith(",Kim");
    }

    @Test
    void anExtraColumnNamedLikeAnOutputColumnIsRefusedBeforeAnyOutputIsWritten() throws Exception {
        // each CSV way in that carries extra columns: the output would hold two columns of one name
        Path book = dir.resolve("orders.csv");
        Files.writeString(book, "id,from,to,item,date,Licence_Required\na,JP,KR,3C002,2019-07-10,yes\n");
        Path determined = dir.resolve("d.csv");
        CliRun d = CliRun.of("determine", "--in", book.toString(), "--out", determined.toString(),
                "--extra-columns", "Licence_Required");
        assertThat(d.status()).isEqualTo(2);
        assertThat(d.err()).contains("--extra-columns", "Licence_Required", "output");
        assertThat(determined).doesNotExist();

        Path list = volgaList();
        Path parties = dir.resolve("parties.csv");
        Files.writeString(parties, "id,name,Outcome\n1,Volga Precision Instruments,x\n");
        Path hits = dir.resolve("hits.csv");
        CliRun screen = CliRun.of("screen", "--list", "ftm-json:" + list, "--in", parties.toString(), "--out",
                hits.toString(), "--extra-columns", " outcome ");
        assertThat(screen.status()).isEqualTo(2);
        assertThat(screen.err()).contains("--extra-columns", "outcome");
        assertThat(hits).doesNotExist();

        Path partners = dir.resolve("partners.csv");
        Files.writeString(partners, "key,name,REFUSED\nC-1,Acme,no\n");
        Path outcomes = dir.resolve("rows.csv");
        CliRun imported = CliRun.of("parties", "import", "--in", partners.toString(), "--data",
                dir.resolve("data").toString(), "--out", outcomes.toString(), "--extra-columns", "REFUSED");
        assertThat(imported.status()).isEqualTo(2);
        assertThat(imported.err()).contains("--extra-columns", "REFUSED");
        assertThat(outcomes).doesNotExist();
        // nothing was imported: the refusal came before the database was opened
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void refusedRowsStayInTheOutputWithTheirIdLineAndReason() throws Exception {
        Path book = dir.resolve("orders.csv");
        Files.writeString(book, "id,from,to,item,date\na,JP,KR,3C002,2019-07-10\nb,JP,XX,3C002,2019-07-10\n"
                + "c,JP,KR,3C002,2019-07-10\n");
        Path determined = dir.resolve("d.csv");
        CliRun d = CliRun.of("determine", "--in", book.toString(), "--out", determined.toString());
        assertThat(d.status()).isEqualTo(2);
        java.util.List<String> lines = Files.readAllLines(determined);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).endsWith(",line,refused");
        assertThat(lines.get(2)).startsWith("b,JP,XX,").contains(",3,column to: unknown ISO 3166-1");
        assertThat(lines.get(3)).startsWith("c,JP,KR").endsWith(",4,");

        Path list = volgaList();
        Path parties = dir.resolve("parties.csv");
        Files.writeString(parties, "id,name,type\n1,Volga Precision Instruments,\n2,Acme,spaceship\n3,Hanbit Optics,\n");
        Path hits = dir.resolve("hits.csv");
        CliRun screen = CliRun.of("screen", "--list", "ftm-json:" + list, "--in", parties.toString(), "--out",
                hits.toString());
        assertThat(screen.status()).isEqualTo(2);
        java.util.List<String> rows = Files.readAllLines(hits);
        assertThat(rows.get(0)).endsWith(",list_version,line,outcome,refused");
        assertThat(rows.get(1)).startsWith("1,1,ftm:o1,").endsWith(",2,HIT,");
        assertThat(rows.get(2)).startsWith("2,,").contains(",3,NOT_SCREENED,").contains("column type");
        assertThat(rows.get(3)).startsWith("3,,").endsWith(",4,NO_HIT,");
        assertThat(rows).hasSize(4);
    }

    @Test
    void auditVerifyOpensTheH2DatabaseServeCreatedByUrl() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("served").toAbsolutePath().toString().replace('\\', '/');
        ServerOptions options = ServerOptions.resolve("127.0.0.1", 0, url, dir.resolve("data"),
                dir.resolve("lists.yaml"), Map.of());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (ServerMain.Running running = ServerMain.start(options, new PrintStream(printed, true,
                StandardCharsets.UTF_8))) {
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("serving on");
        }
        CliRun verify = CliRun.of("audit", "verify", "--db", url);
        assertThat(verify.status()).as(verify.err()).isZero();
        assertThat(verify.out()).startsWith("OK: ");
        Path partners = dir.resolve("partners.csv");
        Files.writeString(partners, "key,name\nC-1,Acme\n");
        CliRun imported = CliRun.of("parties", "import", "--in", partners.toString(), "--db", url);
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(CliRun.of("audit", "verify", "--db", url).out()).startsWith("OK: ");
    }

    /** A list of one listed company, Volga Precision Instruments (RU), in the FollowTheMoney format. */
    private Path volgaList() throws IOException {
        Path list = dir.resolve("list.jsonl");
        Files.writeString(list, "{\"id\":\"o1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Volga Precision"
                + " Instruments\"],\"country\":[\"ru\"]}}\n");
        return list;
    }
}
