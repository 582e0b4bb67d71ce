package dev.clearance.application.products;

import dev.clearance.classification.Classification;
import dev.clearance.records.product.ClassificationStatus;
import dev.clearance.records.product.Product;
import dev.clearance.records.product.ProductMaster;
import dev.clearance.records.product.ProductRecheck;
import dev.clearance.records.product.Proposal;
import dev.clearance.records.product.RegimeClassification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Re-runs the classifier for products and proposes what it now finds wherever that differs from both the approved
 * classification and the open proposal. An approved classification is never changed here: a difference is flagged
 * for an officer, who approves the new proposal (four eyes) or leaves the approved one in force.
 */
public final class MasterRecheck {
    private final ProductMaster master;
    private final ProductClassifier classifier;

    public MasterRecheck(ProductMaster master, ProductClassifier classifier) {
        this.master = master;
        this.classifier = classifier;
    }

    /**
     * A starting server re-checks the product master when the control-list corpus or a regime's data differs from
     * the last re-check's, and says how many products it flagged (an empty master is not re-checked).
     */
    public static void onStart(dev.clearance.records.Database db, dev.clearance.records.audit.AuditTrail audit,
                               dev.clearance.regime.Regimes regimes, java.io.PrintStream out) {
        ProductMaster master = new ProductMaster(db, audit);
        if (master.keys().isEmpty()) {
            return;
        }
        RecheckReport r = new MasterRecheck(master, new ProductClassifier(dev.clearance.classification.Classifier::bundled,
                regimes)).runIfChanged("system");
        if (r.ran()) {
            out.println("clearance: control list or regime data changed since the product master's last re-check: "
                    + r.products() + " products re-classified, " + r.flagged() + " flagged for review (approved"
                    + " classifications unchanged)");
        }
    }

    /** The classifier the re-check runs. */
    public ProductClassifier classifier() {
        return classifier;
    }

    /** Re-checks every product when the corpus or a regime's data differs from the last re-check's (or none ran). */
    public RecheckReport runIfChanged(String who) {
        Optional<ProductRecheck> last = master.lastRecheck();
        if (last.isPresent() && last.get().corpusVersion().equals(classifier.version())
                && last.get().regimeVersions().equals(classifier.regimeVersions())) {
            return new RecheckReport(false, classifier.version(), classifier.regimeVersions(), 0, 0, List.of());
        }
        return run(who);
    }

    /** Re-checks every product and records the run. */
    public RecheckReport run(String who) {
        List<ReviewRow> rows = new ArrayList<>();
        int products = 0;
        for (String key : master.keys()) {
            Optional<Product> p = master.get(key);
            if (p.isPresent()) {
                products++;
                rows.addAll(check(p.get(), who));
            }
        }
        int flagged = (int) rows.stream().filter(r -> r.kind() == ReviewRow.Kind.DIFFERS).map(ReviewRow::product)
                .distinct().count();
        master.recordRecheck(classifier.version(), classifier.regimeVersions(), who, products, flagged);
        return new RecheckReport(true, classifier.version(), classifier.regimeVersions(), products, flagged, rows);
    }

    /**
     * Classifies one product and proposes, per regime, an entry that differs from the approved one and from the open
     * proposal; returns the rows an officer must review.
     */
    public List<ReviewRow> check(Product p, String who) {
        return apply(p, classifier.classify(p), who);
    }

    /** As {@link #check}, with the classifier's run already made. */
    public List<ReviewRow> apply(Product p, ProductClassifier.Run run, String who) {
        List<RegimeClassification> all = master.classifications(p.key());
        List<ReviewRow> rows = new ArrayList<>();
        for (ProductClassifier.Proposed proposed : run.proposals()) {
            RegimeClassification approved = ProductReview.latest(all, proposed.regime(), ClassificationStatus.APPROVED);
            RegimeClassification open = ProductReview.latest(all, proposed.regime(), ClassificationStatus.PROPOSED);
            if (approved != null && approved.entry().equals(proposed.entry())) {
                continue;
            }
            Long id = open != null && open.entry().equals(proposed.entry()) ? Long.valueOf(open.id())
                    : Long.valueOf(master.propose(new Proposal(p.key(), proposed.regime(), proposed.entry(),
                            proposed.reason(), proposed.source()), who).id());
            rows.add(row(p.key(), proposed, approved == null ? null : approved.entry(), run.classification(), id));
        }
        return rows;
    }

    /**
     * The same comparison for products that are not in a database (a product-master CSV): nothing is written.
     *
     * @param approved per product key, the approved entry per regime
     */
    public static List<ReviewRow> compare(ProductClassifier classifier, List<Product> products,
                                          Map<String, Map<String, String>> approved) {
        List<ReviewRow> rows = new ArrayList<>();
        for (Product p : products) {
            ProductClassifier.Run run = classifier.classify(p);
            Map<String, String> mine = approved.getOrDefault(p.key(), Map.of());
            for (ProductClassifier.Proposed proposed : run.proposals()) {
                String a = mine.get(proposed.regime());
                if (!proposed.entry().equals(a)) {
                    rows.add(row(p.key(), proposed, a, run.classification(), null));
                }
            }
        }
        return rows;
    }

    private static ReviewRow row(String key, ProductClassifier.Proposed proposed, String approved, Classification c,
                                 Long id) {
        return new ReviewRow(key, proposed.regime(), approved == null ? ReviewRow.Kind.UNAPPROVED : ReviewRow.Kind.DIFFERS,
                approved, proposed.entry(), c.outcome().name(), c.summary(), id);
    }
}
