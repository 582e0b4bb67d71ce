package dev.clearance.application.applications;

import dev.clearance.records.licences.Shipment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A shipment drawn down from a licence, with what its parties were screened as.
 *
 * @param id          the shipment
 * @param reference   the company's reference, or null
 * @param entryCode   the control-list entry shipped
 * @param destination where to
 * @param consignee   to whom
 * @param quantity    how much
 * @param value       worth
 * @param date        the shipping day
 * @param recordedAt  when it was recorded
 * @param recordedBy  by whom
 * @param restsOn     the determination it rests on
 * @param screenings  its parties' screenings at the gate
 */
public record ShipmentView(long id, String reference, String entryCode, String destination, String consignee,
                           BigDecimal quantity, BigDecimal value, LocalDate date, Instant recordedAt,
                           String recordedBy, RestsOn restsOn, List<GateScreeningView> screenings) {
    /** @return the shipment as the API shows it */
    public static ShipmentView of(Shipment s, List<GateScreeningView> screenings) {
        return new ShipmentView(s.id(), s.reference(), s.entryCode(), s.destination(), s.consignee(), s.quantity(),
                s.value(), s.date(), s.recordedAt(), s.recordedBy(), RestsOn.of(s.determination()), screenings);
    }
}
