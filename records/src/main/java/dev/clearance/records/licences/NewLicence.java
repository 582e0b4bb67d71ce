package dev.clearance.records.licences;

import dev.clearance.input.BadRequestException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A licence to register with {@link Licences#register}.
 *
 * @param jurisdiction issuing regime, e.g. {@code EU}, {@code UK}, {@code US}
 * @param type licence type, e.g. {@code SIEL}, {@code individual}, {@code global}
 * @param number licence number, unique within the jurisdiction
 * @param holder the exporter holding the licence
 * @param entries control entries covered (at least one); an entry covers its sub-entries ({@code 3C002} covers
 *     {@code 3C002.a.2})
 * @param destinations ISO alpha-2 destinations; empty means any destination
 * @param consignees consignee names; empty means any consignee
 * @param quantityLimit total quantity allowed, or {@code null} for no limit
 * @param valueLimit total value allowed (in {@code currency}), or {@code null} for no limit
 * @param currency currency of the value limit and shipment values, or {@code null}
 * @param validFrom first valid day
 * @param validTo last valid day (inclusive), or {@code null} for open-ended
 */
public record NewLicence(
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
        LocalDate validFrom,
        LocalDate validTo) {

    /** Validates and copies. */
    public NewLicence {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(validFrom, "validFrom");
        entries = entries == null ? Set.of() : Set.copyOf(entries);
        destinations = destinations == null ? Set.of() : Set.copyOf(destinations);
        consignees = consignees == null ? Set.of() : Set.copyOf(consignees);
        if (entries.isEmpty()) {
            throw new BadRequestException(BadRequestException.Kind.MISSING, "entries",
                    "a licence must cover at least one control entry");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new BadRequestException("validTo", "validTo is before validFrom");
        }
        if (quantityLimit != null && quantityLimit.signum() < 0 || valueLimit != null && valueLimit.signum() < 0) {
            throw new BadRequestException(quantityLimit != null && quantityLimit.signum() < 0 ? "quantityLimit"
                    : "valueLimit", "limits must not be negative");
        }
    }
}
