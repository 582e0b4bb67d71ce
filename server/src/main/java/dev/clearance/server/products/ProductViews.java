package dev.clearance.server.products;

import dev.clearance.application.products.ProductReview;
import dev.clearance.application.products.ReviewRow;
import dev.clearance.classification.Classification;
import dev.clearance.records.product.Product;
import dev.clearance.records.product.ProductMaster;
import dev.clearance.records.product.RegimeClassification;
import java.time.Instant;
import java.util.List;

/** The product master's API answers, as records Jackson writes (described in openapi.yaml). */
public final class ProductViews {
    private ProductViews() {
    }

    /**
     * A product with its current classifications (per regime the approved one and the open proposal) and why it
     * waits for an officer, if it does.
     */
    public record Summary(String key, String description, List<String> cas, List<String> parameters, int version,
                          String changedBy, Instant changedAt, boolean review, List<String> reviewReasons,
                          List<RegimeClassification> current) {
        static Summary of(Product p, List<RegimeClassification> all) {
            List<String> reasons = ProductReview.reasons(p, all);
            return new Summary(p.key(), p.description(), p.cas(), p.parameters(), p.version(), p.changedBy(),
                    p.changedAt(), !reasons.isEmpty(), reasons, ProductReview.current(all));
        }
    }

    /** A page of products by key. */
    public record Page(long total, int offset, List<Summary> products) {
    }

    /** One product's record: now, every earlier version, and every classification ever proposed. */
    public record Record(Summary product, List<Product> history, List<RegimeClassification> classifications) {
    }

    /** A product saved, what the save did, and what the classifier proposed for it (rows an officer reviews). */
    public record Saved(ProductMaster.Saved saved, Record record, List<ReviewRow> proposed) {
    }

    /** The classifier run on a product now, and the rows it left to review. */
    public record Classified(Classification classification, List<ReviewRow> proposed) {
    }
}
