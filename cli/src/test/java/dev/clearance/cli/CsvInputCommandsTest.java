package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, problems 2, 3 and 4 on the command line: every command that reads a CSV reports an unclosed quote at
 * the line where it opened and still reads the rows after it, reads the encoding named by {@code --encoding},
 * refuses bytes not valid in it naming the line (never "Input length = 1"), and quotes at most 200 characters of
 * a bad value.
 */
class CsvInputCommandsTest {
    private static final Charset SJIS = Charset.forName("Shift_JIS");
    @TempDir Path dir;
    private String sdn;

    @BeforeEach
    void lists() throws Exception {
        Path p = dir.resolve("SDN.CSV");
        Files.writeString(p, "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
                + "\"a.k.a. 'BNC'.\"\r\n", StandardCharsets.ISO_8859_1);
        sdn = "ofac-csv:" + p;
    }

    private Path file(String name, String text, Charset charset) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, text.getBytes(charset));
        return p;
    }

    // --- screen --in

    @Test
    void screenReadsTheSdnPartyAfterAnUnclosedQuote() throws Exception {
        Path in = file("parties.csv", "id,name,country\np1,\"Acme Trading,JP\np2,Banco Nacional de Cuba,CU\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("hits.csv");
        CliRun r = CliRun.of("screen", "--list", sdn, "--in", in.toString(), "--out", out.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("parties.csv:2: unclosed quote");
        assertThat(Files.readString(out)).contains("p2,1,ofac:306");
    }

    @Test
    void screenReadsShiftJisWithEncodingAndRefusesItsLinesWithout() throws Exception {
        Path in = file("parties.csv", "id,name,country\np1,東京電機株式会社,JP\np2,Banco Nacional de Cuba,CU\n", SJIS);
        Path out = dir.resolve("hits.csv");
        CliRun ok = CliRun.of("screen", "--list", sdn, "--in", in.toString(), "--out", out.toString(),
                "--encoding", "Shift_JIS");
        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(ok.err()).contains("2 part(ies) screened, 0 rejected");

        CliRun bad = CliRun.of("screen", "--list", sdn, "--in", in.toString(), "--out", out.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("parties.csv:2: bytes 0x").contains("not valid UTF-8")
                .doesNotContain("Input length");
        assertThat(Files.readString(out)).contains("p2,1,ofac:306");
    }

    @Test
    void anUnknownEncodingIsOneClearLine() throws Exception {
        Path in = file("parties.csv", "id,name\np1,x\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("screen", "--list", sdn, "--in", in.toString(), "--out", dir.resolve("o.csv").toString(),
                "--encoding", "klingon-8");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("clearance: --encoding: unknown encoding 'klingon-8'")
                .doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void aHugeNameIsRefusedNamingItsLineQuotingAtMost200Characters() throws Exception {
        Path in = file("parties.csv", "id,name\np1," + "A".repeat(4_800_000) + "\np2,Banco Nacional de Cuba\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("hits.csv");
        CliRun r = CliRun.of("screen", "--list", sdn, "--in", in.toString(), "--out", out.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("parties.csv:2:");
        assertThat(r.err().length()).isLessThan(1000);
        assertThat(Files.readString(out)).contains("p2,1,ofac:306");
    }

    @Test
    void screenRefusesAnEmptyNameAndAnUnknownCountry() {
        CliRun empty = CliRun.of("screen", "--list", sdn, "--name", "");
        assertThat(empty.status()).isEqualTo(2);
        assertThat(empty.err()).contains("--name: empty");
        CliRun zz = CliRun.of("screen", "--list", sdn, "--name", "Banco Nacional", "--country", "ZZ");
        assertThat(zz.status()).isEqualTo(2);
        assertThat(zz.err()).contains("--country: not an ISO 3166-1 country code");
        CliRun type = CliRun.of("screen", "--list", sdn, "--name", "Banco Nacional", "--type", "alien");
        assertThat(type.status()).isEqualTo(2);
        assertThat(type.err()).contains("--type:");
    }

    // --- determine --in

    private static final String BOOK_HEADER = "id,from,to,item,date,end_user\n";

    @Test
    void determineReadsTheLineAfterAnUnclosedQuote() throws Exception {
        Path in = file("orders.csv", BOOK_HEADER + "o1,JP,KR,3C002,2019-07-10,\"Acme\no2,JP,KR,3C002,2019-07-10,\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("det.csv");
        CliRun r = CliRun.of("determine", "--in", in.toString(), "--out", out.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("orders.csv:2: unclosed quote");
        assertThat(Files.readAllLines(out)).hasSize(3).anySatisfy(l -> assertThat(l).startsWith("o2,"))
                .anySatisfy(l -> assertThat(l).contains(",2,\"unclosed quote"));
    }

    @Test
    void determineReadsCp949WithEncodingAndNamesTheBadLineWithout() throws Exception {
        Charset cp949 = Charset.forName("x-windows-949");
        Path in = file("orders.csv", BOOK_HEADER + "o1,JP,KR,3C002,2019-07-10,삼성전자\no2,JP,KR,3C002,2019-07-10,\n",
                cp949);
        Path out = dir.resolve("det.csv");
        CliRun ok = CliRun.of("determine", "--in", in.toString(), "--out", out.toString(), "--encoding", "CP949");
        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("삼성전자");
        CliRun bad = CliRun.of("determine", "--in", in.toString(), "--out", out.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("orders.csv:2: bytes 0x").doesNotContain("Input length");
        assertThat(Files.readAllLines(out)).anySatisfy(l -> assertThat(l).startsWith("o2,"));
    }

    @Test
    void determineRefusesAHugeEndUserAsARow() throws Exception {
        Path in = file("orders.csv", BOOK_HEADER + "o1,JP,KR,3C002,2019-07-10," + "B".repeat(960_000)
                + "\no2,JP,KR,3C002,2019-07-10,\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("det.csv");
        CliRun r = CliRun.of("determine", "--in", in.toString(), "--out", out.toString(), "--list", sdn);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("orders.csv:2: column end_user: longer than 1000 characters");
        assertThat(r.err().length()).isLessThan(1000);
        assertThat(Files.readAllLines(out)).anySatisfy(l -> assertThat(l).startsWith("o2,"));
    }

    // --- impact --orders

    @Test
    void impactReadsTheLineAfterAnUnclosedQuoteAndReadsWindows1252() throws Exception {
        Path in = file("orders.csv", BOOK_HEADER + "o0,JP,KR,3C002,2019-07-10,Société Générale\n"
                + "o1,JP,KR,3C002,2019-07-10,\"Acme\no2,JP,KR,3C002,2019-07-10,\n", Charset.forName("windows-1252"));
        CliRun r = CliRun.of("impact", "--orders", in.toString(), "--before", "2019-08-27", "--after", "2019-08-28",
                "--encoding", "windows-1252");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("orders.csv:3: unclosed quote").contains("2 order line(s) compared")
                .contains("1 rejected");
        CliRun utf8 = CliRun.of("impact", "--orders", in.toString(), "--before", "2019-08-27", "--after",
                "2019-08-28");
        assertThat(utf8.err()).contains("orders.csv:2: bytes 0xE9").contains("orders.csv:3: unclosed quote")
                .contains("1 order line(s) compared").doesNotContain("Input length");
    }

    // --- score-pairs

    @Test
    void scorePairsReadsThePairAfterAnUnclosedQuoteAndItsEncoding() throws Exception {
        Path in = file("pairs.csv", "name1,name2\n\"Acme,Acme Ltd\n東京電機,東京電機株式会社\n", SJIS);
        Path out = dir.resolve("scored.csv");
        CliRun r = CliRun.of("score-pairs", "--in", in.toString(), "--out", out.toString(), "--encoding", "Shift_JIS");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("pairs.csv:2: unclosed quote");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("東京電機,東京電機株式会社,");
        CliRun utf8 = CliRun.of("score-pairs", "--in", in.toString(), "--out", out.toString());
        assertThat(utf8.status()).isEqualTo(2);
        assertThat(utf8.err()).contains("pairs.csv:3: bytes 0x").doesNotContain("Input length");
    }
}
