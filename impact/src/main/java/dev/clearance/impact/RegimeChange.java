package dev.clearance.impact;

import dev.clearance.regime.Fact;
import java.time.LocalDate;
import java.util.List;

/**
 * What a regime changed on one day: facts in force from that day that were not the day before, and
 * facts that ceased. Each fact carries its source.
 */
public record RegimeChange(LocalDate day, List<Fact> added, List<Fact> removed) {
    public RegimeChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }
}
