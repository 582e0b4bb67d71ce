package dev.clearance.request;

import dev.clearance.determination.TraceStep;

/**
 * A product's approved classification as a request uses it.
 *
 * @param item    the control-list code, or {@link ExportRequestForm#NONE} or the regime's word for unlisted goods
 * @param cited   the trace step naming the product record (classification id, approver, day in force)
 * @param changed the trace step saying the product changed since the classification was approved (it was approved
 *                on an earlier version), or null: the answer then rests on a classification nobody checked against
 *                the product as it is, so its confidence is lowered to CHECK
 */
public record ProductItem(String product, String item, TraceStep cited, TraceStep changed) {
    /** A classification approved on the product as it is now. */
    public ProductItem(String product, String item, TraceStep cited) {
        this(product, item, cited, null);
    }
}
