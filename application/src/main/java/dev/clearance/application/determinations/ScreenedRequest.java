package dev.clearance.application.determinations;

import dev.clearance.application.lists.LoadedLists;
import dev.clearance.application.screening.EndUserScreening;
import dev.clearance.records.decisions.HitDecisions;
import dev.clearance.request.ExportRequestForm;
import dev.clearance.request.ProductItems;
import dev.clearance.request.ProductRequest;
import dev.clearance.request.RequestFields;

/**
 * The export a JSON request describes (a determination's body, an application's determination fields), its item
 * given by a named product's approved entry, and its end user screened against the loaded lists with the officers'
 * confirmed matches.
 */
public final class ScreenedRequest {
    private ScreenedRequest() {
    }

    /**
     * @param form       the request's fields as given
     * @param product    the product named instead of an item, or null
     * @param endUser    the end user, or null
     * @param endUserKey the end user's partner-master key, or null
     * @return the request, with the product cited when one is named
     * @throws dev.clearance.input.BadRequestException naming the field at fault
     * @throws dev.clearance.application.lists.NoListsException when an end user is named and no list is loaded
     */
    public static ProductRequest of(ExportRequestForm form, String product, String endUser, String endUserKey,
            LoadedLists lists, HitDecisions decisions, ProductItems products) {
        ProductRequest named = ProductRequest.parse(form, product, RequestFields.JSON, "product", products);
        return endUser == null ? named : named.withRequest(named.request().withEndUser(EndUserScreening.find(lists,
                decisions, "endUser", endUser, endUserKey)));
    }
}
