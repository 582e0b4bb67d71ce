package dev.clearance.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Every threshold read from a paragraph of categories 1, 3, 4 and 5 quotes its own words: the quote is a substring
 * of the paragraph, and read alone it gives the same bounds. And written thresholds read back as written.
 */
class ThresholdQuoteProperties {
    private final ThresholdParser parser = ThresholdParser.bundled();

    @Test
    void everyParsedThresholdQuotesItsText() {
        List<Paragraph> deep = Corpus.bundled().paragraphs().stream().filter(p -> !p.heading()).toList();
        assertThat(deep).hasSizeGreaterThan(1500);
        int thresholds = 0;
        for (Paragraph p : deep) {
            assertThat(p.category()).isIn("1", "3", "4", "5");
            List<Threshold> parsed = parser.parse(p.text());
            assertThat(parsed).as(p.code() + " (the committed corpus is what the parser reads)").isEqualTo(p.thresholds());
            for (Threshold t : parsed) {
                thresholds++;
                assertThat(p.text()).as(p.code()).contains(t.quote());
                assertThat(parser.parse(t.quote())).as(p.code() + ": " + t.quote()).singleElement().satisfies(again -> {
                    assertThat(again.lower()).isEqualTo(t.lower());
                    assertThat(again.upper()).isEqualTo(t.upper());
                    assertThat(again.lowerInclusive()).isEqualTo(t.lowerInclusive());
                    assertThat(again.upperInclusive()).isEqualTo(t.upperInclusive());
                    assertThat(again.unit()).isEqualTo(t.unit());
                });
            }
        }
        assertThat(thresholds).isGreaterThan(500);
    }

    @Property(tries = 300)
    void aWrittenBoundReadsBackAsWritten(@ForAll("comparisons") String op, @ForAll("units") String unit,
                                         @ForAll("values") double value) {
        String written = Threshold.num(value);
        String text = "Equipment rated for use at frequencies " + op.replace("N", written + " " + unit) + ";";
        assertThat(parser.parse(text)).singleElement().satisfies(t -> {
            Double bound = t.lower() != null ? t.lower() : t.upper();
            assertThat(bound).isEqualTo(Double.parseDouble(written));
            assertThat(t.unit()).isEqualTo(Units.bundled().find(unit).orElseThrow().symbol());
            assertThat(text).contains(t.quote());
            boolean upper = op.contains("less") || op.contains("below") || op.contains("not exceeding");
            assertThat(t.kind()).isEqualTo(upper ? Threshold.Kind.LESS_THAN : Threshold.Kind.GREATER_THAN);
        });
    }

    @Provide
    Arbitrary<String> comparisons() {
        return Arbitraries.of("less than N", "greater than N", "exceeding N", "N or more", "N or less", "below N",
                "equal to or greater than N", "not exceeding N", "above N", "at least N");
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of("nm", "GHz", "W", "bit", "GSPS", "% by weight", "mm", "MHz", "dBm", "µm");
    }

    @Provide
    Arbitrary<Double> values() {
        return Arbitraries.doubles().between(0.01, 99999).ofScale(2);
    }
}
