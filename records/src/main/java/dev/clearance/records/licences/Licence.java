package dev.clearance.records.licences;

import dev.clearance.records.Names;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A registered licence with how much of it has been used.
 *
 * @param id database id
 * @param jurisdiction issuing regime
 * @param type licence type
 * @param number licence number
 * @param holder exporter holding it
 * @param entries control entries covered (upper case)
 * @param destinations ISO alpha-2 destinations; empty means any
 * @param consignees consignee names as registered; empty means any
 * @param quantityLimit total quantity allowed, or null
 * @param valueLimit total value allowed, or null
 * @param currency currency of values, or null
 * @param quantityUsed quantity drawn down so far
 * @param valueUsed value drawn down so far
 * @param validFrom first valid day
 * @param validTo last valid day, or null
 * @param registeredAt when it was registered
 * @param registeredBy who registered it
 * @param determination the determination it rests on (or that it rests on none)
 */
public record Licence(
        long id,
        String jurisdiction,
        String type,
        String number,
        String holder,
        Set<String> entries,
        Set<String> destinations,
        Set<String> consignees,
        BigDecimal quantityLimit,
        BigDecimal valueLimit,
        String currency,
        BigDecimal quantityUsed,
        BigDecimal valueUsed,
        LocalDate validFrom,
        LocalDate validTo,
        Instant registeredAt,
        String registeredBy,
        DeterminationLink determination) {

    /** Copies the sets. */
    public Licence {
        entries = Set.copyOf(entries);
        destinations = Set.copyOf(destinations);
        consignees = Set.copyOf(consignees);
    }

    /** @return quantity still available, or null when unlimited */
    public BigDecimal remainingQuantity() {
        return quantityLimit == null ? null : quantityLimit.subtract(quantityUsed);
    }

    /** @return value still available, or null when unlimited */
    public BigDecimal remainingValue() {
        return valueLimit == null ? null : valueLimit.subtract(valueUsed);
    }

    /**
     * Whether one of this licence's entries covers a control entry code: equal, or a sub-entry of it
     * ({@code 3C002} covers {@code 3C002.a.2}; {@code 3C002.a} does not cover {@code 3C002.b}). Case-insensitive.
     *
     * @param entryCode code of the goods
     * @return true if covered
     */
    public boolean coversEntry(String entryCode) {
        String code = Names.entryCode(entryCode);
        for (String e : entries) {
            if (code.equals(e) || code.startsWith(e + ".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every reason this licence does not cover a shipment; empty when it does.
     *
     * @param s the shipment
     * @return refusals in a fixed order (jurisdiction, validity, entry, destination, consignee, quantity, value)
     */
    public List<Refusal> refusals(ShipmentRequest s) {
        List<Refusal> out = new ArrayList<>();
        if (!jurisdiction.equalsIgnoreCase(s.jurisdiction().trim())) {
            out.add(new Refusal(Refusal.Reason.JURISDICTION_MISMATCH,
                    "licence is for " + jurisdiction + ", shipment needs " + s.jurisdiction()));
        }
        if (s.date().isBefore(validFrom)) {
            out.add(new Refusal(Refusal.Reason.NOT_YET_VALID, "valid from " + validFrom));
        }
        if (validTo != null && s.date().isAfter(validTo)) {
            out.add(new Refusal(Refusal.Reason.EXPIRED, "expired after " + validTo));
        }
        if (!coversEntry(s.entryCode())) {
            out.add(new Refusal(Refusal.Reason.ENTRY_NOT_COVERED,
                    s.entryCode() + " is not under " + String.join(", ", entries)));
        }
        if (!destinations.isEmpty() && !destinations.contains(Names.country(s.destination()))) {
            out.add(new Refusal(Refusal.Reason.DESTINATION_NOT_COVERED, s.destination() + " is not a listed destination"));
        }
        if (!consignees.isEmpty()) {
            String key = Names.normalise(s.consignee());
            boolean listed = consignees.stream().anyMatch(c -> Names.normalise(c).equals(key));
            if (!listed) {
                out.add(new Refusal(Refusal.Reason.CONSIGNEE_NOT_COVERED, s.consignee() + " is not a listed consignee"));
            }
        }
        BigDecimal q = remainingQuantity();
        if (q != null && q.compareTo(s.quantity()) < 0) {
            out.add(new Refusal(Refusal.Reason.QUANTITY_EXHAUSTED,
                    "remaining quantity " + q.stripTrailingZeros().toPlainString() + " < requested "
                            + s.quantity().stripTrailingZeros().toPlainString()));
        }
        BigDecimal v = remainingValue();
        if (v != null && v.compareTo(s.value()) < 0) {
            out.add(new Refusal(Refusal.Reason.VALUE_EXHAUSTED,
                    "remaining value " + v.stripTrailingZeros().toPlainString() + " < requested "
                            + s.value().stripTrailingZeros().toPlainString()));
        }
        return out;
    }
}
