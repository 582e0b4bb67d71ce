package dev.clearance.records.licences;

/**
 * Why a licence does not cover a shipment.
 *
 * @param reason the kind of refusal
 * @param detail human-readable detail
 */
public record Refusal(Reason reason, String detail) {

    /** Kinds of refusal. */
    public enum Reason {
        /** The licence is from another jurisdiction. */
        JURISDICTION_MISMATCH,
        /** The shipment date is after the licence's last valid day. */
        EXPIRED,
        /** The shipment date is before the licence's first valid day. */
        NOT_YET_VALID,
        /** The remaining quantity is less than the shipment's. */
        QUANTITY_EXHAUSTED,
        /** The remaining value is less than the shipment's. */
        VALUE_EXHAUSTED,
        /** No entry on the licence covers the goods' control entry. */
        ENTRY_NOT_COVERED,
        /** The destination is not on the licence. */
        DESTINATION_NOT_COVERED,
        /** The consignee is not on the licence. */
        CONSIGNEE_NOT_COVERED,
        /** No licence with that id exists. */
        NO_SUCH_LICENCE
    }
}
