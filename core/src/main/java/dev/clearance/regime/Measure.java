package dev.clearance.regime;

import java.util.List;

/**
 * An item-and-destination override: for these entries to these destinations, only these licence
 * types, filed here, reviewed in so many days (Japan's July 2019 three-item measure).
 */
public record Measure(String code, String title, List<Item> items, List<String> destinations, Period period,
                      List<String> allowedLicences, String filingOffice, Integer reviewDays, Integer documents,
                      String source) {
    public Measure {
        items = List.copyOf(items);
        destinations = List.copyOf(destinations);
        allowedLicences = List.copyOf(allowedLicences);
    }

    /** An item the measure names: an entry, narrowed to one substance when {@code cas} is set. */
    public record Item(String entry, String cas) {
    }
}
