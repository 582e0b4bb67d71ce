package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad export requests of ExportRequestFormTest (core) through {@code clearance determine}: each is refused
 * with status 2 in one line naming the option as the command line spells it. The API's refusals of the same
 * inputs are in AbstractDeterminationApiTest (server), the order book's in ExportRequestFormTest.
 */
class RequestRefusalsCliTest {
    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(List.of("--value", "2000", "US1"), "--value", "ISO 4217"),
                Arguments.of(List.of("--value", "2000", "XYZ"), "--value", "ISO 4217"),
                Arguments.of(List.of("--value", "1,5", "EUR"), "--value", "not a number"),
                Arguments.of(List.of("--value", "-3", "EUR"), "--value", "negative"),
                Arguments.of(List.of("--item", "3C0O2"), "--item", "NONE"),
                Arguments.of(List.of("--end-use", "piracy"), "--end-use", "expected civil"),
                Arguments.of(List.of("--date", "10/07/2019"), "--date", "YYYY-MM-DD"),
                Arguments.of(List.of("--to", "XX"), "--to", "ISO 3166-1"),
                Arguments.of(List.of("--from", "JPN"), "--from", "exporting jurisdiction"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusedNamingTheOption(List<String> bad, String option, String says) {
        List<String> args = new ArrayList<>(List.of("determine", "--from", "US", "--to", "SG", "--item", "3C002.a.1",
                "--date", "2026-09-01"));
        int at = args.indexOf(bad.get(0));
        if (at >= 0) {
            args.remove(at);
            args.remove(at);
        }
        args.addAll(bad);
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("clearance: " + option + ": ").contains(says);
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void theSameGoodRequestIsAnswered(List<String> more, String summary) {
        List<String> args = new ArrayList<>(List.of("determine", "--from", "US", "--to", "SG", "--date",
                "2026-09-01"));
        args.addAll(more);
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith(summary);
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of(List.of("--item", "ear99"), "NLR: no licence required"),
                Arguments.of(List.of("--item", "3C002.a.1", "--value", "2,000", "usd"), "Licence required: LVS"));
    }
}
