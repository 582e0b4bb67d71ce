package dev.clearance.request;

import dev.clearance.determination.Confidence;
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
 * @param changed the step saying the product changed since its classification was approved, or null; with it the
 *                answer's confidence is at most CHECK (a classification of an earlier version may no longer fit)
 */
public record ProductRequest(ExportRequest request, TraceStep cited, TraceStep changed) {

    /** A request whose product, if any, is classified as it is now. */
    public ProductRequest(ExportRequest request, TraceStep cited) {
        this(request, cited, null);
    }

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
                form.date(), form.endUse(), form.informed(), form.value(), form.currency(), form.region(),
                form.headquarters()).parse(names);
        ProductItem approved = products.approved(product.trim(), r.from(), r.date(), productField);
        ExportRequest item;
        try {
            item = new ExportRequestForm(form.from(), form.to(), approved.item(), form.cas(), form.hs(), form.date(),
                    form.endUse(), form.informed(), form.value(), form.currency(), form.region(),
                    form.headquarters()).parse(names);
        } catch (BadRequestException e) {
            throw new BadRequestException(BadRequestException.Kind.INVALID, productField, "the approved classification"
                    + " of " + product.trim() + " gives an item this request cannot take: " + e.reason());
        }
        return new ProductRequest(item.withEndUser(r.endUser()), approved.cited(), approved.changed());
    }

    /**
     * The answer with the product record cited first in its trace; a product changed since its classification was
     * approved adds the step saying so and lowers the confidence to CHECK (never a confident answer on a
     * classification of another version of the product).
     */
    public Determination cite(Determination d) {
        if (cited == null || d == null) {
            return d;
        }
        List<TraceStep> trace = new ArrayList<>(d.trace().size() + 2);
        trace.add(cited);
        if (changed != null) {
            trace.add(changed);
        }
        trace.addAll(d.trace());
        Confidence confidence = changed == null ? d.confidence() : d.confidence().weakest(Confidence.CHECK);
        return new Determination(d.licenceRequired(), d.prohibited(), d.licenceOptions(), d.optionConfidence(),
                d.catchAll(), d.policy(), d.authority(), d.notifyAuthority(), d.reviewDays(), d.documents(),
                d.filingOffice(), confidence, trace, d.jurisdiction(), d.asOf(), d.regimeVersion(),
                d.noLicenceWords());
    }

    /** The same product record for another request (the same one with its end user screened, say). */
    public ProductRequest withRequest(ExportRequest other) {
        return new ProductRequest(other, cited, changed);
    }

    /** The answer and its re-export answer with the product record cited. */
    public DeMinimis.Answer cite(DeMinimis.Answer a) {
        return cited == null ? a : new DeMinimis.Answer(cite(a.own()), a.finding(), cite(a.reexport()));
    }
}
