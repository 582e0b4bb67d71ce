package dev.clearance.records.licences;

import dev.clearance.records.Names;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An export to check against licences or draw down.
 *
 * @param jurisdiction regime whose licence is needed
 * @param entryCode control entry of the goods, e.g. {@code 3C002.a.2}
 * @param destination ISO alpha-2 destination
 * @param consignee consignee name
 * @param quantity quantity shipped, at least 0
 * @param value value shipped (licence currency), at least 0
 * @param date shipment date
 * @param reference caller's reference (order, invoice), or null
 */
public record ShipmentRequest(
        String jurisdiction,
        String entryCode,
        String destination,
        String consignee,
        BigDecimal quantity,
        BigDecimal value,
        LocalDate date,
        String reference) {

    /** Validates. */
    public ShipmentRequest {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(entryCode, "entryCode");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(consignee, "consignee");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(date, "date");
        if (quantity.signum() < 0 || value.signum() < 0) {
            throw new IllegalArgumentException("quantity and value must not be negative");
        }
        destination = Names.country(destination);
    }
}
