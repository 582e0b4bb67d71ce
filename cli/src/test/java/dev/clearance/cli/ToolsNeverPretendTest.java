package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.clearance.server.ServerMain;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit verify}, {@code serve} and {@code lists update} fail in one line, exit 2, and create nothing. */
class ToolsNeverPretendTest {
    @TempDir
    Path dir;

    @Test
    void auditVerifyOnAPathWithoutADatabaseCreatesNothing() throws Exception {
        Path data = dir.resolve("no-such-data");
        CliRun r = CliRun.of("audit", "verify", "--data", data.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("clearance: no Clearance database at " + data).doesNotContain("OK");
        assertThat(data).doesNotExist();

        Path file = dir.resolve("elsewhere/db");
        r = CliRun.of("audit", "verify", "--db", "jdbc:h2:file:" + file);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("no Clearance database at jdbc:h2:file:");
        assertThat(dir.resolve("elsewhere")).doesNotExist();

        // A database that is not Clearance's is neither migrated nor reported "OK".
        Path other = dir.resolve("other");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + other, "sa", "")) {
            c.createStatement().execute("CREATE TABLE invoices (id INT)");
        }
        r = CliRun.of("audit", "verify", "--db", "jdbc:h2:file:" + other);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("no Clearance database at jdbc:h2:file:" + other);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + other, "sa", "")) {
            assertThat(c.getMetaData().getTables(null, null, "AUDIT_RECORD", null).next()).isFalse();
        }
    }

    @Test
    void serveRefusesABadOrBusyPortBeforeCreatingAnything() throws Exception {
        Path data = dir.resolve("data");
        CliRun r = CliRun.of("serve", "--port", "99999", "--data", data.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("clearance: port 99999 is out of range (0 to 65535)");
        assertThat(data).doesNotExist();
        try (ServerSocket busy = new ServerSocket()) {
            busy.setReuseAddress(true);
            busy.bind(new InetSocketAddress("127.0.0.1", 0));
            r = CliRun.of("serve", "--host", "127.0.0.1", "--port", Integer.toString(busy.getLocalPort()), "--data",
                    data.toString());
        }
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("clearance: port ").contains(" is in use").doesNotContain("internal error");
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("admin API key");
        assertThat(data).doesNotExist();
    }

    @Test
    void aDatabaseHeldByARunningServerIsOneLineForServeAndAuditVerify() throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("server.log");
        Process server = startServer(data, log);
        try {
            CliRun r = CliRun.of("serve", "--host", "127.0.0.1", "--port", "0", "--data", data.toString());
            assertThat(r.status()).as(r.err()).isEqualTo(2);
            assertThat(r.err().strip()).isEqualTo("clearance: cannot open the database in " + data
                    + ": it is in use by another process (a running server?); an embedded H2 database serves one "
                    + "server only: run several servers on one PostgreSQL (--db jdbc:postgresql://...)");
            r = CliRun.of("audit", "verify", "--data", data.toString());
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).contains("in use by another process");
        } finally {
            server.destroy();
            server.waitFor();
        }
        CliRun r = CliRun.of("audit", "verify", "--data", data.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("OK: ");
    }

    @Test
    void listsUpdateLoadsChangesOnlyAndRefusesAShrunkenList() throws Exception {
        Path data = dir.resolve("data");
        ServerMain.openEmbedded(data).close();
        AtomicReference<String> body = new AtomicReference<>(people(20));
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/list.jsonl", ex -> {
            byte[] b = body.get().getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        http.start();
        try {
            Path lists = dir.resolve("lists.yaml");
            Files.writeString(lists, "allowHosts: [127.0.0.1]\nlists:\n  - name: t\n    format: ftm-json\n    url: "
                    + "http://127.0.0.1:" + http.getAddress().getPort() + "/list.jsonl\n");
            String[] args = {"lists", "update", "--data", data.toString(), "--lists", lists.toString()};
            CliRun r = CliRun.of(args);
            assertThat(r.status()).as(r.err()).isZero();
            assertThat(r.out()).startsWith("t: new version t@").contains("20 entries", "added=20");
            assertThat(CliRun.of(args).out().strip()).isEqualTo("t: unchanged");
            body.set(people(5));
            r = CliRun.of(args);
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.out()).contains("t: REFUSED (5 entries: 75.0% fewer", "kept t@");
            assertThat(r.err()).contains("refused, the last good version stays in use: t");
            assertThat(CliRun.of("audit", "verify", "--data", data.toString()).status()).isZero();
        } finally {
            http.stop(0);
        }
    }

    private static String people(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            b.append("{\"id\":\"p").append(i).append("\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Person Number")
                    .append(i).append(" Test\"]}}\n");
        }
        return b.toString();
    }

    private static Process startServer(Path data, Path log) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "dev.clearance.server.ServerMain", "--host", "127.0.0.1", "--port", "0", "--data", data.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log) && Files.readString(log).contains("clearance: serving on")) {
                return p;
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("server exited: " + Files.readString(log));
            }
            Thread.sleep(50);
        }
        p.destroyForcibly();
        throw new IllegalStateException("server did not start: " + Files.readString(log));
    }
}
