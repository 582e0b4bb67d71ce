package dev.clearance.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Re-classification work between two list versions: changed paragraphs, old and new side by side, and the products they touch. */
class ListChangesTest {
    private static final String HEAD = CorpusGenerator.HEADER + "\n";

    private static String row(String code, String text) {
        String eccn = code.substring(0, 5);
        String thresholds;
        try {
            thresholds = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(ThresholdParser.bundled().parse(text));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return String.join("\t", code, eccn, code.equals(eccn) ? "H" : "P", text, "", thresholds, "[]") + "\n";
    }

    @Test
    void thresholdTextAndMembershipChangesReachTheProductsClassifiedUnderThem() {
        Corpus before = Corpus.parse(HEAD + row("3C002", "Resist materials") + row("3C002.a.1",
                "Positive resists adjusted (optimized) for use at wavelengths less than 245 nm but equal to or greater than 15 nm;")
                + row("3C002.d", "All resists optimized for surface imaging technologies;") + row("1C009", "Fluorinated compounds")
                + row("1C009.b", "Fluorinated polyimides containing 10% by weight or more of combined fluorine;"));
        Corpus after = Corpus.parse(HEAD + row("3C002", "Resist materials") + row("3C002.a.1",
                "Positive resists adjusted (optimized) for use at wavelengths less than 193 nm but equal to or greater than 15 nm;")
                + row("3C002.d", "All resists optimised for surface imaging technologies;") + row("1C009", "Fluorinated compounds")
                + row("1C009.b", "Fluorinated polyimides containing 10% by weight or more of combined fluorine;")
                + row("3C002.e", "All resists designed or optimized for use with imprint lithography equipment;"));
        List<ListChanges.Change> changes = ListChanges.between(before, after);
        assertThat(changes).extracting(ListChanges.Change::code, ListChanges.Change::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("3C002.a.1", ListChanges.Kind.THRESHOLDS),
                org.assertj.core.groups.Tuple.tuple("3C002.d", ListChanges.Kind.TEXT),
                org.assertj.core.groups.Tuple.tuple("3C002.e", ListChanges.Kind.ADDED));
        assertThat(changes.get(0).oldThresholds()).containsExactly("wavelength ≥ 15 and < 245 nm");
        assertThat(changes.get(0).newThresholds()).containsExactly("wavelength ≥ 15 and < 193 nm");
        List<ListChanges.Review> work = ListChanges.affected(changes, Map.of("R-1", "3C002.a.1", "F-1", "1C009.b",
                "R-2", "3C002"));
        assertThat(work).extracting(ListChanges.Review::product).containsOnly("R-1", "R-2").doesNotContain("F-1");
        assertThat(work).filteredOn(w -> w.product().equals("R-2")).hasSize(3);
    }
}
