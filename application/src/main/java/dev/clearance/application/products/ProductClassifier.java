package dev.clearance.application.products;

import dev.clearance.classification.Candidate;
import dev.clearance.classification.Classification;
import dev.clearance.classification.Classifier;
import dev.clearance.classification.RegimeEntry;
import dev.clearance.records.product.Product;
import dev.clearance.records.product.ProposalSource;
import dev.clearance.regime.Regime;
import dev.clearance.regime.Regimes;
import dev.clearance.request.ExportRequestForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The classifier's proposal for a product, per regime: the best candidate's paragraph (LISTED, or CHECK as a lead for
 * the officer, the summary saying what to settle), or NONE when the parameters fall outside every candidate
 * (NOT_LISTED). A proposal only; an officer approves it or proposes another.
 */
public final class ProductClassifier {
    private final java.util.function.Supplier<Classifier> classifier;
    private final Regimes regimes;

    /**
     * @param classifier the classifier, asked for on first use: building its search index takes seconds, which a
     *                   starting server does not wait for
     */
    public ProductClassifier(java.util.function.Supplier<Classifier> classifier, Regimes regimes) {
        this.classifier = classifier;
        this.regimes = regimes;
    }

    /** What the classifier proposes for one regime. */
    public record Proposed(String regime, String entry, String reason, ProposalSource source) {
    }

    /** A product's classification and the proposal it makes for each regime (none when no candidate came up). */
    public record Run(Classification classification, List<Proposed> proposals) {
        public Run {
            proposals = List.copyOf(proposals);
        }

        public Optional<Proposed> forRegime(String regime) {
            return proposals.stream().filter(p -> p.regime().equals(regime)).findFirst();
        }
    }

    public Run classify(Product p) {
        Classification c = classifier.get().classify(ProductForm.request(p));
        List<Proposed> out = new ArrayList<>();
        Candidate top = c.candidates().isEmpty() ? null : c.candidates().get(0);
        for (Regime r : regimes.all()) {
            String entry = c.outcome() == Classification.Outcome.NOT_LISTED ? ExportRequestForm.NONE
                    : top == null ? null : top.paragraph();
            if (entry == null) {
                continue;
            }
            String local = top == null ? "" : top.regimes().stream().filter(e -> e.jurisdiction().equals(r.jurisdiction()))
                    .map(ProductClassifier::local).findFirst().orElse("");
            String reason = "classifier " + c.outcome() + ": " + c.summary() + (local.isEmpty() ? "" : "; " + local);
            out.add(new Proposed(r.jurisdiction(), entry, reason, new ProposalSource(ProposalSource.Kind.CLASSIFIER,
                    c.outcome().name(), version(), r.version())));
        }
        return new Run(c, out);
    }

    /** The control-list corpus the classifier reads. */
    public String version() {
        return classifier.get().corpus().version();
    }

    /** Every regime's data version, "EU@…,JP@…": a change of any re-checks the master. */
    public String regimeVersions() {
        return String.join(",", regimes.all().stream().map(r -> r.jurisdiction() + "@" + r.version()).sorted().toList());
    }

    private static String local(RegimeEntry e) {
        return e.entry().isEmpty() ? e.jurisdiction() + ": " + e.note()
                : e.jurisdiction() + " entry " + e.entry() + (e.confirmed() ? "" : " (CHECK: correspondence unconfirmed)");
    }
}
