package dev.clearance.regime.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.regime.ControlList;
import dev.clearance.regime.read.RegimeData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The committed catalogue is what {@link ControlListGenerator} writes from ../shared/reference/ear/ccl.json.
 * With {@code -Dcontrol-list.write=true} it rewrites the committed file instead of failing.
 */
class ControlListFileTest {
    private static final Path SHARED = Path.of(System.getProperty("clearance.shared", "../shared"));
    private static final Path CCL = SHARED.resolve("reference/ear/ccl.json");
    private static final Path COMMITTED = Path.of("src/main/resources/" + ControlListReader.RESOURCE);

    @Test
    void committedCatalogueMatchesTheCommerceControlList() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(CCL), "../shared/reference/ear/ccl.json absent: skipping");
        String generated = ControlListGenerator.generate(Files.readAllBytes(CCL));
        if (Boolean.getBoolean("control-list.write")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("regenerate with -Dcontrol-list.write=true (see ControlListGenerator)").isEqualTo(generated);
    }

    @Test
    void bundledCatalogueClassesTheCodesOfTheAudit() {
        ControlList list = RegimeData.controlList();
        assertThat(list.entries()).hasSizeGreaterThan(600);
        assertThat(list.find("3C002.a.2").orElseThrow().status()).isEqualTo(ControlList.Status.LISTED);
        assertThat(list.find("1C350").orElseThrow().regime()).isEqualTo("AG");
        assertThat(list.find("1C351").orElseThrow().regime()).isEqualTo("AG");
        assertThat(list.find("2B228").orElseThrow().regime()).isEqualTo("NSG");
        assertThat(list.find("9A101").orElseThrow().regime()).isEqualTo("MTCR");
        assertThat(list.find("2B001").orElseThrow().regime()).isEqualTo("WA");
        assertThat(list.find("9A005").orElseThrow().status()).isEqualTo(ControlList.Status.LISTED_CHECK);
        for (String usOnly : new String[] {"3A090", "4A090", "5A992", "3A991", "4E091"}) {
            assertThat(list.find(usOnly).orElseThrow().status()).as(usOnly).isEqualTo(ControlList.Status.US_ONLY);
        }
        assertThat(list.find("0A501").orElseThrow().status()).isEqualTo(ControlList.Status.US_MUNITIONS);
        assertThat(list.find("3C099")).isEmpty();
    }
}
