package dev.clearance.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Replays the hard inputs the fuzzer found: each must now be accepted or refused with a clear error. */
class FuzzReplayTest {

    static Stream<Path> regimeInputs() throws IOException, URISyntaxException {
        return files("fuzz/regime");
    }

    static Stream<Path> orderInputs() throws IOException, URISyntaxException {
        return files("fuzz/orders");
    }

    private static Stream<Path> files(String dir) throws IOException, URISyntaxException {
        Path p = Path.of(FuzzReplayTest.class.getClassLoader().getResource(dir).toURI());
        try (Stream<Path> s = Files.list(p)) {
            List<Path> files = s.filter(Files::isRegularFile).sorted().toList();
            assertThat(files).as("fuzz corpus in " + dir).isNotEmpty();
            return files.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("regimeInputs")
    void regimeData(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThatCode(() -> {
            var refusal = Fuzz.regime(bytes);
            // Refused inputs must say where: the file, and a path unless the YAML itself is broken.
            if (refusal != null) {
                assertThat(refusal.getMessage()).startsWith("fuzz.yaml");
                assertThat(refusal.path().isEmpty() ? refusal.getMessage() : refusal.path())
                        .as(refusal.getMessage()).matches("(?s)(fuzz\\.yaml: .+|[A-Za-z]+.*)");
            }
        }).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("orderInputs")
    void orderBooks(Path file) throws IOException {
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThatCode(() -> assertThat(Fuzz.orders(csv))
                .allSatisfy(m -> assertThat(m).matches("(fuzz\\.csv:[0-9]+: |engine: ).*")))
                .doesNotThrowAnyException();
    }
}
