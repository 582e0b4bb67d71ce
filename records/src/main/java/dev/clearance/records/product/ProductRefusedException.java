package dev.clearance.records.product;

/** A change of the product master that cannot be made, with why and the field at fault. */
public final class ProductRefusedException extends RuntimeException {
    /** Why. */
    public enum Reason {
        /** No such product or classification. */
        NOT_FOUND,
        /** The officer who proposed a classification cannot approve it (four eyes). */
        SAME_OFFICER,
        /** Only a proposed classification can be approved. */
        NOT_PROPOSED,
        /** A field is empty, too long or of the wrong form. */
        INVALID,
        /** The approval would take force before the approved classification it supersedes. */
        BEFORE_IN_FORCE,
        /**
         * Another save created a product with the same key at the same moment (the database's unique key refused the
         * second): the product exists now, and a save made against what it holds goes through.
         */
        CREATED_CONCURRENTLY
    }

    private final Reason reason;
    private final String field;

    /**
     * @param field   the field at fault, or null
     * @param message what is wrong, for people
     */
    public ProductRefusedException(Reason reason, String field, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    /** @return the field at fault, or null */
    public String field() {
        return field;
    }
}
