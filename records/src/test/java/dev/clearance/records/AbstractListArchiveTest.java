package dev.clearance.records;

import dev.clearance.records.lists.ListArchive;
import dev.clearance.records.lists.ListVersion;
import dev.clearance.records.lists.ListVersions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

abstract class AbstractListArchiveTest extends DatabaseTest {

    private static ListArchive.NewVersion version(String content, Map<String, String> fps) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new ListArchive.NewVersion("un", "un-xml", "/lists/un.xml", ListVersions.sha256(bytes), fps.size(), 0,
                "admin", "\"e1\"", null, fps, List.of(new ListArchive.StoredFile("/lists/un.xml", bytes)));
    }

    @Test
    void anAcceptedVersionKeepsItsEntriesFilesAndDelta() {
        ListArchive archive = new ListArchive(db);
        ListVersion v1 = archive.accept(version("one", Map.of("un:1", "a", "un:2", "b")), null,
                List.of("un:1", "un:2"), List.of(), List.of());
        ListVersion v2 = archive.accept(version("two", Map.of("un:1", "a", "un:3", "c")), v1.id(),
                List.of("un:3"), List.of(), List.of("un:2"));
        assertThat(archive.lastAccepted("un")).contains(v2);
        assertThat(archive.lastAccepted("eu")).isEmpty();
        assertThat(archive.fingerprints(v2.id())).containsOnly(Map.entry("un:1", "a"), Map.entry("un:3", "c"));
        assertThat(archive.delta(v1.id()).orElseThrow().added()).containsExactly("un:1", "un:2");
        assertThat(new String(archive.files(v1.id()).get(0).content(), StandardCharsets.UTF_8)).isEqualTo("one");
        ListArchive.Delta d = archive.delta(v2.id()).orElseThrow();
        assertThat(d.detail().previousId()).isEqualTo(v1.id());
        assertThat(d.detail().etag()).isEqualTo("\"e1\"");
        assertThat(d.added()).containsExactly("un:3");
        assertThat(d.removed()).containsExactly("un:2");
        assertThat(d.changed()).isEmpty();
        assertThat(new ListVersions(db).get(v2.id())).contains(v2);
    }

    @Test
    void refusedLoadsAreKeptWithTheirReasons() {
        ListArchive archive = new ListArchive(db);
        ListArchive.Refusal r = archive.refuse("ofac", "ofac-csv", "/x.csv", null, null, null,
                List.of("/x.csv: no such file", "no entries"), "system");
        assertThat(archive.refusals(10)).hasSize(1).first().satisfies(x -> {
            assertThat(x.id()).isEqualTo(r.id());
            assertThat(x.reasons()).containsExactly("/x.csv: no such file", "no entries");
            assertThat(x.entryCount()).isNull();
        });
    }
}
