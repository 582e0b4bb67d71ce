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

    /**
     * An item the measure names: an entry, narrowed to one substance when {@code cas} is set.
     *
     * @param conservative when not empty, the entry is wider than what the measure covers (technology
     *                     for the three items sits in entries that cover other technology too): applied
     *                     to the whole entry, conservatively, saying this
     */
    public record Item(String entry, String cas, String conservative) {
        public Item {
            conservative = conservative == null ? "" : conservative;
        }

        /** An item the measure covers exactly. */
        public Item(String entry, String cas) {
            this(entry, cas, "");
        }
    }
}
