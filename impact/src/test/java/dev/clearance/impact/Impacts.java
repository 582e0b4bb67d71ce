package dev.clearance.impact;

import dev.clearance.determination.DeterminationEngine;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs impacts in tests and keeps what they report. */
final class Impacts {
    final Map<String, LineChange> changes = new LinkedHashMap<>();
    final List<String> rejected = new ArrayList<>();
    ImpactTotals totals;

    static Impacts between(String csv, LocalDate before, LocalDate after) {
        DeterminationEngine engine = DeterminationEngine.bundled();
        return run(csv, new BookImpact(new ImpactSide(before.toString(), engine, before),
                new ImpactSide(after.toString(), engine, after)));
    }

    static Impacts run(String csv, BookImpact impact) {
        Impacts result = new Impacts();
        try {
            result.totals = impact.run("orders.csv", new StringReader(csv), new BookImpact.Listener() {
                @Override
                public void changed(LineChange change) {
                    result.changes.put(change.line().id(), change);
                }

                @Override
                public void rejected(dev.clearance.csv.CsvException problem) {
                    result.rejected.add(problem.getMessage());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
