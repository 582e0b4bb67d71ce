package dev.clearance.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CasNumberTest {
    @Test
    void checkDigitDecides() {
        assertThat(CasNumber.parse("7664-39-3")).contains("7664-39-3");
        assertThat(CasNumber.parse("7664-39-4")).isEmpty();
        assertThat(CasNumber.parse("hydrogen fluoride")).isEmpty();
        assertThat(CasNumber.findAll("(C.A.S. #7664-39-3) Hydrogen fluoride; (C.A.S. #1341-49-7) and 7664-39-3"))
                .containsExactly("7664-39-3", "1341-49-7");
    }

    @Test
    void everyCasNumberOfTheCorpusPassesItsCheckDigitAndIsFoundByLookup() {
        Corpus c = Corpus.bundled();
        long withCas = c.paragraphs().stream().filter(p -> !p.cas().isEmpty()).count();
        assertThat(withCas).isGreaterThan(100);
        for (Paragraph p : c.paragraphs()) {
            assertThat(CasNumber.failingCheckDigit(p.text())).as(p.code()).isEmpty();
            for (String cas : p.cas()) {
                assertThat(c.byCas(cas)).as(cas).contains(p);
            }
        }
        assertThat(c.byCas("7664-39-3")).extracting(Paragraph::code).containsExactly("1C350.d.15");
    }
}
