package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code --list} that cannot be read, whole or one of its files, stops {@code screen --in} and {@code determine --in}
 * with exit 2 naming it, before any output is written: a hits file (where a party without rows reads as clear) is
 * never written against fewer lists than asked for.
 */
class ListLoadFailureCliTest {
    @TempDir Path dir;
    private Path sdn;
    private Path parties;
    private Path out;

    @BeforeEach
    void files() throws Exception {
        sdn = dir.resolve("SDN.CSV");
        Files.writeString(sdn, "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
                + "\"a.k.a. 'BNC'.\"\r\n", StandardCharsets.ISO_8859_1);
        parties = dir.resolve("parties.csv");
        Files.writeString(parties, "id,name\np1,Banco Nacional de Cuba\np2,Argut OOO\n");
        out = dir.resolve("hits.csv");
    }

    @Test
    void aListThatDoesNotLoadStopsTheBatchBeforeAnyOutput() {
        CliRun r = CliRun.of("screen", "--list", "ofac-csv:" + sdn, "--list", "meti-txt:" + dir.resolve("meti.txt"),
                "--in", parties.toString(), "--out", out.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--list meti-txt:" + dir.resolve("meti.txt")).contains("meti.txt");
        assertThat(out).doesNotExist();
    }

    @Test
    void oneUnreadableFileOfAListStopsTheBatchToo() {
        Path alt = dir.resolve("ALT.CSV");
        CliRun r = CliRun.of("screen", "--list", "ofac-csv:" + sdn + "," + alt, "--in", parties.toString(),
                "--out", out.toString());
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("--list ofac-csv:").contains(alt + ": no such file");
        assertThat(out).doesNotExist();
    }

    @Test
    void anOrderBookWithEndUsersIsNotDeterminedAgainstAListThatDidNotLoad() throws Exception {
        Path orders = dir.resolve("orders.csv");
        Files.writeString(orders, "id,from,to,item,date,cas,hs,end_use,end_user,informed,customer\n"
                + "o-1,JP,KR,NONE,2025-10-01,,,civil,Argut OOO,,\n");
        Path determinations = dir.resolve("determinations.csv");
        CliRun r = CliRun.of("determine", "--in", orders.toString(), "--out", determinations.toString(),
                "--list", "ofac-csv:" + sdn, "--list", "meti-txt:" + dir.resolve("meti.txt"));
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("meti.txt");
        assertThat(determinations).doesNotExist();

        Files.writeString(dir.resolve("meti.txt"), "○ 輸出等に係る禁止措置の対象となるロシア連邦の団体\n"
                + "１ 有限責任会社アルグト\nArgut OOO\n所在地：Moscow, Russia.\n");
        r = CliRun.of("determine", "--in", orders.toString(), "--out", determinations.toString(),
                "--list", "ofac-csv:" + sdn, "--list", "meti-txt:" + dir.resolve("meti.txt"));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(determinations).content().contains("Argut");
    }
}
