package dev.clearance.impact;

import dev.clearance.determination.Determination;
import dev.clearance.regime.Standing;
import java.util.List;

/**
 * How one regime treats exports to the other's country on a day: where that country stands, and the
 * answers for representative goods.
 *
 * @param from    the exporting jurisdiction
 * @param to      the destination
 * @param samples the answers for a listed item and for unlisted goods
 */
public record Treatment(String from, String to, Standing standing, List<Sample> samples) {
    public Treatment {
        samples = List.copyOf(samples);
    }

    /** One representative export and its answer. */
    public record Sample(String label, Determination determination) {
    }
}
