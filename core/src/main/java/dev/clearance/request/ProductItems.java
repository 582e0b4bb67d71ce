package dev.clearance.request;

import dev.clearance.input.BadRequestException;
import java.time.LocalDate;

/**
 * The product master as an export request sees it: a product's approved classification for the exporting regime in
 * force on the day of export (issue 21). Implemented above the core (the records hold the master).
 */
@FunctionalInterface
public interface ProductItems {
    /** A way in with no product master: naming a product is refused. */
    ProductItems NONE = (product, from, day, field) -> {
        throw new BadRequestException(BadRequestException.Kind.UNKNOWN, field, "no product master here: give the item");
    };

    /**
     * @param product the product key as given
     * @param from    the exporting jurisdiction (its regime's classification is the one used)
     * @param day     the day of export
     * @param field   what this way in calls the product field
     * @return the approved entry and the record it comes from
     * @throws BadRequestException naming {@code field}: UNKNOWN product, or NOT_COVERED (no approved classification
     *                             for the regime in force that day: CHECK, never an answer on no entry)
     */
    ProductItem approved(String product, String from, LocalDate day, String field);
}
