package dev.clearance.evaluation;

import dev.clearance.matching.Screener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The screeners over the shared list snapshots, loaded and built once per test JVM (surefire reuses
 * one fork for the module), so the evaluation and the recall tests do not each pay for them.
 */
public final class SharedScreeners {
    private static Screener un;
    private static Screener every;

    private SharedScreeners() {
    }

    /** The shared data folder, when its lists and benchmarks are there; else {@code null}. */
    public static Path data() {
        Path data = Evaluation.sharedData();
        return Evaluation.available(data) ? data : null;
    }

    /** A screener over the UN consolidated list. */
    public static synchronized Screener un() {
        if (un == null) {
            un = Screener.of(ListCatalogue.un(data().resolve("lists")));
        }
        return un;
    }

    /** A screener over every list snapshot. */
    public static synchronized Screener every() {
        if (every == null) {
            try {
                every = Screener.of(ListCatalogue.all(data().resolve("lists")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return every;
    }
}
