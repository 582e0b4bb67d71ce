package dev.clearance.regime;

import java.util.List;

/**
 * A fact the engine shows but does not decide on: UNCONFIRMED facts, or things to check by hand.
 *
 * @param entries      code prefixes it concerns; empty means any item
 * @param destinations destinations it concerns; empty means any
 * @param context      {@code listed}, {@code catch-all} or {@code any}: which determinations show it
 * @param status       UNCONFIRMED, CHECK or INFO
 */
public record RegimeNote(String code, String text, List<String> entries, List<String> destinations, Period period,
                         String context, String status, String source) {
    public RegimeNote {
        entries = List.copyOf(entries);
        destinations = List.copyOf(destinations);
    }
}
