package dev.clearance.application.products;

import dev.clearance.records.product.ClassificationStatus;
import dev.clearance.records.product.Product;
import dev.clearance.records.product.RegimeClassification;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a product needs an officer: an open proposal that differs from the approved entry (flagged, e.g. by a re-check
 * after a list change), a proposal not yet approved, or an approval made on an earlier version of the product.
 */
public final class ProductReview {
    private ProductReview() {
    }

    /** The reasons, one per regime and cause; empty when nothing waits. */
    public static List<String> reasons(Product p, List<RegimeClassification> all) {
        List<String> out = new ArrayList<>();
        for (String regime : all.stream().map(RegimeClassification::regime).distinct().toList()) {
            RegimeClassification approved = latest(all, regime, ClassificationStatus.APPROVED);
            RegimeClassification open = latest(all, regime, ClassificationStatus.PROPOSED);
            if (open != null && approved != null && !open.entry().equals(approved.entry())) {
                out.add(regime + ": proposed " + open.entry() + " (classification " + open.id() + ") differs from the"
                        + " approved " + approved.entry() + ", which stays in force until an officer approves another");
            } else if (open != null && approved == null) {
                out.add(regime + ": proposed " + open.entry() + " (classification " + open.id() + "), not approved yet");
            }
            if (approved != null && approved.productVersion() < p.version()) {
                out.add(regime + ": approved on version " + approved.productVersion() + "; the product changed since"
                        + " (version " + p.version() + ")");
            }
        }
        return out;
    }

    /** The current classifications: the approved one and the open proposal of each regime. */
    public static List<RegimeClassification> current(List<RegimeClassification> all) {
        return all.stream().filter(c -> c.status() == ClassificationStatus.APPROVED
                || c.status() == ClassificationStatus.PROPOSED).toList();
    }

    static RegimeClassification latest(List<RegimeClassification> all, String regime, ClassificationStatus s) {
        RegimeClassification out = null;
        for (RegimeClassification c : all) {
            if (c.regime().equals(regime) && c.status() == s) {
                out = c;
            }
        }
        return out;
    }
}
