package dev.clearance.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {
    @Test
    void aLongValueIsQuotedCutWithItsLength() {
        String q = Excerpt.quote("a".repeat(5_000_000));
        assertThat(q).startsWith("'aaaa").endsWith("…' (5000000 characters)");
        assertThat(q.length()).isLessThan(Excerpt.LIMIT + 40);
        assertThat(Excerpt.quote("short")).isEqualTo("'short'");
        assertThat(Excerpt.quote(null)).isEqualTo("''");
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        String s = "a".repeat(Excerpt.LIMIT - 1) + "😀" + "b";
        assertThat(Excerpt.clip(s)).isEqualTo("a".repeat(Excerpt.LIMIT - 1) + "…");
    }

    @Test
    void aLongMessageIsCapped() {
        assertThat(Excerpt.message("x".repeat(10_000)).length()).isLessThan(6 * Excerpt.LIMIT);
    }
}
