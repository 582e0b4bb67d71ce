package dev.clearance.regime.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.regime.EarData;
import dev.clearance.regime.read.RegimeData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The committed EAR tables are what {@link EarDataGenerator} writes from ../shared/reference/ear (rewritten with -Dear-data.write=true). */
class EarDataFileTest {
    private static final Path EAR = Path.of(System.getProperty("clearance.shared", "../shared"), "reference", "ear");
    private static final Path COMMITTED = Path.of("src/main/resources/regimes/us");

    @Test
    void committedTablesMatchTheReference() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(EAR.resolve("ccl.json")), "../shared/reference/ear absent: skipping");
        Map<String, String> generated = EarDataGenerator.generate(EAR);
        for (Map.Entry<String, String> f : generated.entrySet()) {
            if (Boolean.getBoolean("ear-data.write")) {
                Files.writeString(COMMITTED.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            }
            assertThat(Files.readString(COMMITTED.resolve(f.getKey()), StandardCharsets.UTF_8)).as(f.getKey())
                    .isEqualTo(f.getValue());
        }
    }

    @Test
    void tablesHoldEveryEccnAndCountry() {
        EarData ear = RegimeData.ear();
        assertThat(ear.eccn("3C002.a.1").orElseThrow().lvsLimit()).isEqualByComparingTo("3000");
        assertThat(ear.row("HK").orElseThrow().x()).isEqualTo(ear.row("CN").orElseThrow().x());
        assertThat(ear.row("CU").orElseThrow().embargo()).contains("part 746");
        assertThat(ear.groupsOf("CU")).contains("E:2");
        assertThat(ear.inGroup("A:1", "UA")).isFalse();
    }
}
