package dev.clearance.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Example;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link IsoDay} answers exactly as {@link LocalDate#parse} does: the same day, or a refusal. */
class IsoDayProperties {

    @Property(tries = 3000)
    void readsWhatTheFormatterReadsAndRefusesWhatItRefuses(@ForAll("dayLike") String text) {
        LocalDate expected;
        try {
            expected = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            assertThatThrownBy(() -> IsoDay.parse(text)).isInstanceOf(DateTimeParseException.class);
            return;
        }
        assertThat(IsoDay.parse(text)).isEqualTo(expected);
    }

    @Example
    void aDayThatDoesNotExistIsRefusedInTheFormattersWords() {
        assertThatThrownBy(() -> IsoDay.parse("2019-02-30")).isInstanceOf(DateTimeParseException.class)
                .hasMessageContaining("2019-02-30");
        assertThat(IsoDay.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(IsoDay.parse("+10000-01-01")).isEqualTo(LocalDate.of(10000, 1, 1));
    }

    /** Strings of the day's shape with digits, signs, spaces and letters in any place, and real days. */
    @Provide
    Arbitrary<String> dayLike() {
        Arbitrary<String> shaped = Arbitraries.strings().withChars("0123456789-+ x١").ofMinLength(8).ofMaxLength(12);
        Arbitrary<String> real = Arbitraries.integers().between(-1000, 400_000)
                .map(n -> LocalDate.of(1900, 1, 1).plusDays(n).toString());
        Arbitrary<String> nearly = Arbitraries.integers().between(0, 9999).flatMap(y -> Arbitraries.integers()
                .between(0, 13).flatMap(m -> Arbitraries.integers().between(0, 32)
                        .map(d -> String.format("%04d-%02d-%02d", y, m, d))));
        return Arbitraries.oneOf(shaped, real, nearly);
    }
}
