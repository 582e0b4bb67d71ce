package dev.clearance.application.applications;

import dev.clearance.records.licences.Licence;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A licence the company holds, with what remains of it (null limits and remainders: unlimited).
 *
 * @param id                the licence
 * @param jurisdiction      the regime that issued it
 * @param type              its type
 * @param number            the authority's number
 * @param holder            who holds it
 * @param entries           control-list entries it covers, sorted
 * @param destinations      destinations it covers, sorted
 * @param consignees        consignees it names, sorted (empty: any)
 * @param quantityLimit     the quantity limit, or null
 * @param quantityUsed      drawn down so far
 * @param remainingQuantity what remains, or null
 * @param valueLimit        the value limit, or null
 * @param valueUsed         drawn down so far
 * @param remainingValue    what remains, or null
 * @param currency          the value's currency, or null
 * @param validFrom         first valid day
 * @param validTo           last valid day, or null
 * @param registeredAt      when it was registered
 * @param registeredBy      by whom
 * @param restsOn           the determination it rests on
 */
public record LicenceView(long id, String jurisdiction, String type, String number, String holder,
                          SortedSet<String> entries, SortedSet<String> destinations, SortedSet<String> consignees,
                          BigDecimal quantityLimit, BigDecimal quantityUsed, BigDecimal remainingQuantity,
                          BigDecimal valueLimit, BigDecimal valueUsed, BigDecimal remainingValue, String currency,
                          LocalDate validFrom, LocalDate validTo, Instant registeredAt, String registeredBy,
                          RestsOn restsOn) {
    /** @return the licence as the API shows it */
    public static LicenceView of(Licence l) {
        return new LicenceView(l.id(), l.jurisdiction(), l.type(), l.number(), l.holder(), new TreeSet<>(l.entries()),
                new TreeSet<>(l.destinations()), new TreeSet<>(l.consignees()), l.quantityLimit(), l.quantityUsed(),
                l.remainingQuantity(), l.valueLimit(), l.valueUsed(), l.remainingValue(), l.currency(),
                l.validFrom(), l.validTo(), l.registeredAt(), l.registeredBy(), RestsOn.of(l.determination()));
    }
}
