package dev.clearance.application.determinations;

import dev.clearance.request.ExportRequestForm;
import java.math.BigDecimal;

/**
 * One export to determine, as a reader asks it.
 *
 * @param form       the export's fields as given (parsed and checked by {@link ScreenedRequest})
 * @param product    the product named instead of an item, or null
 * @param endUser    the end user, or null
 * @param endUserKey the end user's partner-master key, or null
 * @param regime     the regime forced instead of the exporter's own, or null
 * @param usContent  the share of US content (de minimis), or null
 * @param consignee  the consignee a held licence must name, or null (the end user's name)
 * @param quantity   the quantity a held licence must have left, or null
 */
public record DeterminationRequest(ExportRequestForm form, String product, String endUser, String endUserKey,
        String regime, BigDecimal usContent, String consignee, BigDecimal quantity) {
}
