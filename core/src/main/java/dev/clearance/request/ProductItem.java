package dev.clearance.request;

import dev.clearance.determination.TraceStep;

/**
 * A product's approved classification as a request uses it.
 *
 * @param item  the control-list code, or {@link ExportRequestForm#NONE} or the regime's word for unlisted goods
 * @param cited the trace step naming the product record (classification id, approver, day in force)
 */
public record ProductItem(String product, String item, TraceStep cited) {
}
