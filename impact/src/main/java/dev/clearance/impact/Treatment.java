package dev.clearance.impact;

import dev.clearance.determination.Determination;
import dev.clearance.regime.Standing;
import java.util.List;

/**
 * How one regime treats exports to the other's country on a day: where that country stands, and the
 * answers for representative goods. When the other regime is a union's (the EU), its member states that
 * stand alike are one treatment, answered for the first of them.
 *
 * @param from    the exporting jurisdiction
 * @param to      the destination (for a union, the member state the answers were taken for)
 * @param samples the answers for a listed item and for unlisted goods
 * @param alike   the other member states of the union that stand as {@code to} does (empty for a country)
 */
public record Treatment(String from, String to, Standing standing, List<Sample> samples, List<String> alike) {
    public Treatment {
        samples = List.copyOf(samples);
        alike = List.copyOf(alike);
    }

    /** The treatment of one country. */
    public Treatment(String from, String to, Standing standing, List<Sample> samples) {
        this(from, to, standing, samples, List.of());
    }

    /** The destination as people read it: the country, or the member states it stands for. */
    public String destination() {
        return alike.isEmpty() ? to : to + " (and " + String.join(", ", alike) + ")";
    }

    /**
     * One representative export and its answer.
     *
     * @param label how the English text reports name it
     * @param kind  what it stands for, a key reports word in their language: listed, civil, wmd, conventional
     * @param item  the listed item's entry, or null
     */
    public record Sample(String label, String kind, String item, Determination determination) {
    }
}
