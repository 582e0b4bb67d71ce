package dev.clearance.matching;

import dev.clearance.matching.normalise.Query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.input.BadRequestException;
import dev.clearance.evaluation.SharedScreeners;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 9, problem 3: no party keeps a core for more than a second. Every file under
 * {@code src/test/resources/hard-inputs/} is a name found or built to be expensive (long, many tokens, common
 * tokens, pathological Unicode); each is validated as every way in validates it ({@link PartyInput}) and, when
 * accepted, screened, as a plain query and as an end user. The bound is on the thread's CPU time, so a busy machine
 * does not make the test fail, while a quadratic blow-up does (the 0.96 MB end user took over five minutes).
 * Over every list snapshot when the shared data is there, else over the hand-made sample.
 */
class HardInputReplayTest {
    private static final long BOUND_NANOS = 1_000_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @TestFactory
    Stream<DynamicTest> everyHardInputFinishesWithinTheBound() throws Exception {
        Screener screener = SharedScreeners.data() != null ? SharedScreeners.every() : Screener.of(Entries.sample());
        // warm the code paths once so the bound measures the input, not the JIT's first compile
        screener.screen(new Query("Bank Melli Iran", "IR", null, null), Screener.DEFAULT_THRESHOLD, 10);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : corpus()) {
            String name = Files.readString(p, StandardCharsets.UTF_8);
            tests.add(DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                // a screening request: validate the party, screen it at the API's lowest threshold
                long start = THREADS.getCurrentThreadCpuTime();
                String outcome = "screened";
                try {
                    Query q = PartyInput.query(PartyInput.Fields.CSV, "1", name, "IR", "organization", "1970",
                            List.of());
                    screener.screen(q, 0.5, 100);
                } catch (BadRequestException e) {
                    outcome = "refused";
                    assertThat(e.getMessage().length()).as("the refusal quotes at most 200 characters").isLessThan(400);
                }
                long screening = THREADS.getCurrentThreadCpuTime() - start;
                // a determination's end user: validated and screened the same way
                start = THREADS.getCurrentThreadCpuTime();
                try {
                    EndUserCheck.find(screener, "end_user", name, "every list");
                } catch (BadRequestException e) {
                    assertThat(outcome).as("the end user is refused exactly when the party is").isEqualTo("refused");
                }
                long endUser = THREADS.getCurrentThreadCpuTime() - start;
                System.out.printf("hard input %s: %s; CPU ms: screening %d, end user %d%n", p.getFileName(), outcome,
                        screening / 1_000_000, endUser / 1_000_000);
                assertThat(screening).as("%s: screening CPU ns", p.getFileName()).isLessThan(BOUND_NANOS);
                assertThat(endUser).as("%s: end-user CPU ns", p.getFileName()).isLessThan(BOUND_NANOS);
            }));
        }
        assertThat(tests).hasSizeGreaterThan(20);
        return tests.stream();
    }

    @org.junit.jupiter.api.Test
    void theBoundsRefuseWhatTheyPromise() {
        assertThat(refusal(" BANK".repeat(41))).contains("more than 40 words");
        assertThat(refusal("B".repeat(1001))).contains("longer than 1000 characters");
        assertThat(refusal("\ufdfa".repeat(1000))).contains("once transliterated");
        assertThat(refusal("A".repeat(5_000_000))).hasSizeLessThan(400);
        assertThat(PartyInput.name("name", String.join(" ", java.util.Collections.nCopies(10, "B".repeat(99))) + "C"))
                .hasSize(1000);
    }

    private static String refusal(String name) {
        try {
            PartyInput.name("name", name);
        } catch (BadRequestException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + name.length() + " characters");
    }

    private static List<Path> corpus() throws URISyntaxException, java.io.IOException {
        Path dir = Path.of(HardInputReplayTest.class.getClassLoader().getResource("hard-inputs").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
