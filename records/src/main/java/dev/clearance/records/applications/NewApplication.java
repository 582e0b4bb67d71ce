package dev.clearance.records.applications;

import dev.clearance.licensing.ApplicationTerms;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An application to file with {@link Applications#file}.
 *
 * @param terms          the route, destination, documents and review clock, from the determination on the filing day
 * @param entryCode      control entry applied for, or null for unlisted goods under a catch-all
 * @param holder         the exporter who will hold the licence
 * @param endUser        the end user
 * @param endUse         the stated end use
 * @param consignee      the consignee, or null when it is the end user
 * @param currency       currency of the line values, or null
 * @param lines          the order lines (at least one)
 * @param determination  the determination's one-line summary
 * @param regimeVersion  the regime data version it was determined with
 * @param request        the export request as the caller records it (JSON), so that the route can be determined
 *                       again on the decision day
 */
public record NewApplication(ApplicationTerms terms, String entryCode, String holder, String endUser, String endUse,
                             String consignee, String currency, List<ApplicationLine> lines, String determination,
                             String regimeVersion, String request) {
    /** Validates and copies. */
    public NewApplication {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(endUser, "endUser");
        Objects.requireNonNull(endUse, "endUse");
        Objects.requireNonNull(determination, "determination");
        Objects.requireNonNull(request, "request");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an application needs at least one line");
        }
    }

    /** @return the filing day */
    public LocalDate filedOn() {
        return terms.day();
    }
}
