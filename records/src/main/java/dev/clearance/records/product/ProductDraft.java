package dev.clearance.records.product;

import java.util.List;

/**
 * A product as a way in gives it, already read (parameters and CAS numbers checked by the classification's one
 * check of them); the store only bounds the sizes.
 */
public record ProductDraft(String key, String description, List<String> parameters, List<String> cas) {
    /** The longest product key; keys are the exporter's numbers. */
    public static final int MAX_KEY = 100;
    /** The longest description stored. */
    public static final int MAX_DESCRIPTION = 2000;

    public ProductDraft {
        parameters = List.copyOf(parameters);
        cas = List.copyOf(cas);
    }

    /** True when the stored product already says exactly this. */
    boolean sameAs(Product p) {
        return p.description().equals(description) && p.parameters().equals(parameters) && p.cas().equals(cas);
    }
}
