package dev.clearance.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The committed corpus is what {@link CorpusGenerator} writes from ../shared/reference/ear/ccl.json (rewritten with -Dccl-corpus.write=true). */
class CorpusFileTest {
    private static final Path CCL = Path.of(System.getProperty("clearance.shared", "../shared"), "reference", "ear", "ccl.json");
    private static final Path COMMITTED = Path.of("src/main/resources/classification", CorpusGenerator.FILE);

    @Test
    void committedCorpusMatchesTheReference() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(CCL), "../shared/reference/ear/ccl.json absent: skipping");
        String generated = CorpusGenerator.generate(Files.readAllBytes(CCL));
        if (Boolean.getBoolean("ccl-corpus.write")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8)).isEqualTo(generated);
    }

    @Test
    void corpusHoldsEveryEccnAndTheDeepParagraphs() {
        Corpus c = Corpus.bundled();
        assertThat(c.paragraphs().stream().filter(Paragraph::heading).count()).isEqualTo(633);
        Paragraph a1 = c.find("3C002.a.1").orElseThrow();
        assertThat(a1.text()).contains("less than 193 nm but equal to or greater than 15 nm");
        assertThat(a1.context().get(0)).startsWith("Resist materials");
        assertThat(a1.thresholds()).singleElement().satisfies(t -> {
            assertThat(t.quantity()).isEqualTo("wavelength");
            assertThat(t.kind()).isEqualTo(Threshold.Kind.RANGE);
            assertThat(t.lower()).isEqualTo(15.0);
            assertThat(t.lowerInclusive()).isTrue();
            assertThat(t.upper()).isEqualTo(193.0);
            assertThat(t.upperInclusive()).isFalse();
        });
        assertThat(c.byCas("7664-39-3")).extracting(Paragraph::code).contains("1C350.d.15");
        assertThat(c.find("1C009.b").orElseThrow().thresholds()).singleElement()
                .satisfies(t -> assertThat(t.bounds()).isEqualTo("≥ 10 %wt"));
        assertThat(c.find("3A001.a.2").orElseThrow().decontrols())
                .anySatisfy(d -> assertThat(d).contains("civil automobile"));
        // Headings only outside categories 1, 3, 4, 5.
        assertThat(c.paragraphs()).filteredOn(p -> !p.heading()).allSatisfy(p -> assertThat(p.category()).isIn("1", "3", "4", "5"));
    }
}
