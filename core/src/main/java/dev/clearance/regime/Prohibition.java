package dev.clearance.regime;

import java.util.List;

/**
 * An export no licence can authorise: a ban on every export to these destinations (Japan's ban on
 * North Korea).
 *
 * @param text what the ban says, for the trace
 * @param note what is not known about it (e.g. its start), may be empty
 */
public record Prohibition(String code, List<String> destinations, Period period, String text, String note,
                          String source) {
    public Prohibition {
        destinations = List.copyOf(destinations);
        note = note == null ? "" : note;
    }
}
