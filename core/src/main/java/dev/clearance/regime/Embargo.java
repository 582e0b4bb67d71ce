package dev.clearance.regime;

import java.util.List;

/**
 * An embargo: every export to these destinations needs a licence, whatever the list says, and the
 * regime's restrictions on licence exceptions apply (the EAR's part 746 for Cuba, Iran, North Korea,
 * Syria). Unlike a {@link Prohibition}, a licence can still authorise the export.
 */
public record Embargo(String code, List<String> destinations, Period period, String text, String source) {
    public Embargo {
        destinations = List.copyOf(destinations);
    }
}
