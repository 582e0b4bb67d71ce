package dev.clearance.records.licences;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A shipment recorded against a licence.
 *
 * @param id database id
 * @param licenceId licence drawn down
 * @param reference caller's reference, or null
 * @param entryCode control entry shipped
 * @param destination ISO alpha-2 destination
 * @param consignee consignee name
 * @param quantity quantity shipped
 * @param value value shipped
 * @param date shipment date
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it
 * @param determination the determination the drawdown rests on (or that it rests on none)
 */
public record Shipment(long id, long licenceId, String reference, String entryCode, String destination,
        String consignee, BigDecimal quantity, BigDecimal value, LocalDate date, Instant recordedAt,
        String recordedBy, DeterminationLink determination) {
}
