package dev.clearance.request;

import dev.clearance.determination.DeMinimis;
import dev.clearance.determination.Determination;
import dev.clearance.determination.ExportRequest;
import dev.clearance.determination.TraceStep;
import dev.clearance.input.BadRequestException;
import java.util.ArrayList;
import java.util.List;

/**
 * An export request that may name a product instead of an item: the product's approved classification for the
 * exporting regime on the day of export gives the item, and the answer's trace cites the product record. Each way
 * in (API, order book, CLI) calls this, so they agree.
 *
 * @param request the request, its item the approved entry
 * @param cited   the product record's trace step, or null when an item was given
 */
public record ProductRequest(ExportRequest request, TraceStep cited) {

    /**
     * @param product      the product key as given (null or blank: the form's item is used)
     * @param productField what this way in calls the product field
     * @throws BadRequestException naming the field: a bad field of the form, both item and product, an unknown
     *                             product or one with no approved classification in force that day
     */
    public static ProductRequest parse(ExportRequestForm form, String product, RequestFields names, String productField,
                                       ProductItems products) {
        if (product == null || product.isBlank()) {
            return new ProductRequest(form.parse(names), null);
        }
        if (form.item() != null && !form.item().isBlank()) {
            throw new BadRequestException(BadRequestException.Kind.CONFLICT, productField, "give the product or the "
                    + names.item() + ", not both (the product's approved classification gives the item)");
        }
        ExportRequest r = new ExportRequestForm(form.from(), form.to(), ExportRequestForm.NONE, form.cas(), form.hs(),
                form.date(), form.endUse(), form.informed(), form.value(), form.currency(), form.region()).parse(names);
        ProductItem approved = products.approved(product.trim(), r.from(), r.date(), productField);
        ExportRequest item;
        try {
            item = new ExportRequestForm(form.from(), form.to(), approved.item(), form.cas(), form.hs(), form.date(),
                    form.endUse(), form.informed(), form.value(), form.currency(), form.region()).parse(names);
        } catch (BadRequestException e) {
            throw new BadRequestException(BadRequestException.Kind.INVALID, productField, "the approved classification"
                    + " of " + product.trim() + " gives an item this request cannot take: " + e.reason());
        }
        return new ProductRequest(item.withEndUser(r.endUser()), approved.cited());
    }

    /** The answer with the product record cited first in its trace. */
    public Determination cite(Determination d) {
        if (cited == null || d == null) {
            return d;
        }
        List<TraceStep> trace = new ArrayList<>(d.trace().size() + 1);
        trace.add(cited);
        trace.addAll(d.trace());
        return new Determination(d.licenceRequired(), d.prohibited(), d.licenceOptions(), d.optionConfidence(),
                d.catchAll(), d.policy(), d.authority(), d.notifyAuthority(), d.reviewDays(), d.documents(),
                d.filingOffice(), d.confidence(), trace, d.jurisdiction(), d.asOf(), d.regimeVersion(),
                d.noLicenceWords());
    }

    /** The answer and its re-export answer with the product record cited. */
    public DeMinimis.Answer cite(DeMinimis.Answer a) {
        return cited == null ? a : new DeMinimis.Answer(cite(a.own()), a.finding(), cite(a.reexport()));
    }
}
