package dev.clearance.application.lists;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.Database;
import dev.clearance.records.lists.ListArchive;
import dev.clearance.records.lists.ListVersions;
import dev.clearance.application.audit.Recorder;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lists are fetched on the lists file's schedule, told to listeners with their delta, and go stale by age. */
class ListScheduleTest {
    @TempDir
    Path dir;

    private static final class TestClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T00:00:00Z"));

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    private static String people(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            b.append("{\"id\":\"p").append(i).append("\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Person ")
                    .append(i).append(" Example\"]}}\n");
        }
        return b.toString();
    }

    @Test
    void aUrlListIsFetchedWhenItsUpdateIsDueAndAConfirmedListGoesStaleByAge() throws Exception {
        AtomicReference<String> body = new AtomicReference<>(people(10));
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/l.jsonl", ex -> {
            byte[] b = body.get().getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        http.start();
        TestClock clock = new TestClock();
        Path lists = dir.resolve("lists.yaml");
        Files.writeString(lists, "allowHosts: [127.0.0.1]\nupdateEvery: PT1H\nmaxAge: P2D\nlists:\n  - name: t\n"
                + "    format: ftm-json\n    url: http://127.0.0.1:" + http.getAddress().getPort() + "/l.jsonl\n");
        try (Database db = Database.open("jdbc:h2:mem:schedule_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
                ListCatalogue catalogue = new ListCatalogue(lists, new ListVersions(db), new ListArchive(db),
                        new Recorder(new AuditTrail(db)), clock)) {
            List<ListChange> changes = new ArrayList<>();
            catalogue.onChange(changes::add);
            catalogue.reload("system");
            assertThat(changes).hasSize(1);
            assertThat(changes.get(0).previous()).isNull();
            assertThat(changes.get(0).delta().added()).hasSize(10);

            body.set(people(12));
            catalogue.startUpdates(Duration.ofMillis(50));
            Thread.sleep(500);
            assertThat(changes).as("not due yet: updateEvery PT1H").hasSize(1);
            clock.now.set(clock.now.get().plus(Duration.ofMinutes(61)));
            Instant deadline = Instant.now().plusSeconds(30);
            while (changes.size() < 2 && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            assertThat(changes).hasSize(2);
            assertThat(changes.get(1).delta().added()).hasSize(2);
            assertThat(changes.get(1).previous().id()).isEqualTo(changes.get(0).version().id());
            assertThat(catalogue.current().entryCount()).isEqualTo(12);
            assertThat(catalogue.states().get(0).stale()).isFalse();

            // The publisher goes away: updates fail, the version stays, and after maxAge it is stale.
            http.stop(0);
            clock.now.set(clock.now.get().plus(Duration.ofDays(3)));
            deadline = Instant.now().plusSeconds(30);
            while (catalogue.states().get(0).lastRefusal() == null && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            ListState s = catalogue.states().get(0);
            assertThat(s.state()).isEqualTo(ListState.REFUSED_LOAD);
            assertThat(s.stale()).isTrue();
            assertThat(s.version().entryCount()).isEqualTo(12);
            assertThat(catalogue.current().entryCount()).isEqualTo(12);
        } finally {
            http.stop(0);
        }
    }
}
