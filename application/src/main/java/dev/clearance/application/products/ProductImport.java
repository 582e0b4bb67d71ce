package dev.clearance.application.products;

import dev.clearance.csv.CsvException;
import dev.clearance.csv.CsvTable;
import dev.clearance.records.product.ClassificationStatus;
import dev.clearance.records.product.ProductMaster;
import dev.clearance.records.product.ProductRefusedException;
import dev.clearance.records.product.Proposal;
import dev.clearance.records.product.ProposalSource;
import dev.clearance.records.product.RegimeClassification;
import dev.clearance.regime.Codes;
import dev.clearance.regime.Regime;
import dev.clearance.regime.Regimes;
import dev.clearance.request.ExportRequestForm;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Imports a product-master CSV ({@link ProductCsv}): each row's product is saved (a new version when it changed) and
 * its classification, when it gives one, proposed unless it is the approved or the open one already. The classifier
 * runs on every imported product, as the re-check does, and its proposal is stored for each regime the row does not
 * classify (a proposal only: never approved, and an approved classification is never changed); for the regime the
 * row classifies, the row's entry is the open proposal and a classifier that disagrees is named in its reason. A row
 * that cannot be read or stored is refused with its line and reason and the others are imported.
 */
public final class ProductImport {
    /** Refusals listed in full (all are counted). */
    static final int PROBLEMS_LISTED = 1000;
    private final ProductMaster master;
    private final Regimes regimes;
    private final MasterRecheck recheck;

    /** @param recheck the classifier's proposals, stored as a re-check stores them */
    public ProductImport(ProductMaster master, Regimes regimes, MasterRecheck recheck) {
        this.master = master;
        this.regimes = regimes;
        this.recheck = recheck;
    }

    /** A refused row: its line, the column at fault (or null) and why. */
    public record Problem(long line, String column, String message) {
    }

    /**
     * What an import did.
     *
     * @param proposed   the rows' own classifications proposed
     * @param classified the products the classifier ran on
     * @param toReview   the product and regime pairs the classifier left for an officer (its proposal differs from
     *                   the approved entry, or none is approved)
     */
    public record Report(int rows, int created, int changed, int unchanged, int proposed, int classified, int toReview,
                         int refused, List<Problem> problems) {
        public Report {
            problems = List.copyOf(problems);
        }
    }

    /** Imports every row of the table. */
    public Report run(CsvTable table, String who) throws IOException {
        int rows = 0;
        int[] counts = new int[6];
        int refused = 0;
        List<Problem> problems = new ArrayList<>();
        while (true) {
            ProductCsv.Row row;
            try {
                row = ProductCsv.next(table);
            } catch (CsvException e) {
                rows++;
                refused++;
                if (problems.size() < PROBLEMS_LISTED) {
                    problems.add(new Problem(e.line(), e.column(), e.getMessage()));
                }
                continue;
            }
            if (row == null) {
                break;
            }
            rows++;
            try {
                store(row, who, counts, table.file());
            } catch (CsvException e) {
                refused++;
                if (problems.size() < PROBLEMS_LISTED) {
                    problems.add(new Problem(e.line(), e.column(), e.getMessage()));
                }
            }
        }
        return new Report(rows, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], refused, problems);
    }

    private void store(ProductCsv.Row row, String who, int[] counts, String file) {
        // the whole row is checked before anything of it is stored: a refused row leaves nothing behind
        String entry = row.regime().isEmpty() ? null : entry(row, file);
        ProductMaster.SaveResult saved;
        try {
            saved = master.save(row.product(), who);
        } catch (ProductRefusedException e) {
            String column = e.field() == null ? null : column(e.field());
            throw new CsvException(file, row.line(), column, (column == null ? "" : "column " + column + ": ")
                    + e.getMessage());
        }
        counts[saved.saved().ordinal()]++;
        ProductClassifier.Run run = recheck.classifier().classify(saved.product());
        counts[4]++;
        if (entry != null && propose(row, entry, run, who, file)) {
            counts[3]++;
        }
        // the row's own classification is the open proposal for its regime: the classifier's would replace it
        ProductClassifier.Run others = new ProductClassifier.Run(run.classification(), run.proposals().stream()
                .filter(p -> entry == null || !p.regime().equals(row.regime())).toList());
        counts[5] += recheck.apply(saved.product(), others, who).size();
    }

    /** Proposes the row's entry unless it is the approved or the open one already; true when it proposed. */
    private boolean propose(ProductCsv.Row row, String entry, ProductClassifier.Run run, String who, String file) {
        List<RegimeClassification> all = master.classifications(row.product().key());
        RegimeClassification approved = ProductReview.latest(all, row.regime(), ClassificationStatus.APPROVED);
        RegimeClassification open = ProductReview.latest(all, row.regime(), ClassificationStatus.PROPOSED);
        if ((approved != null && approved.entry().equals(entry)) || (open != null && open.entry().equals(entry))) {
            return false;
        }
        String disagrees = run.forRegime(row.regime()).filter(p -> !p.entry().equals(entry))
                .map(p -> "; the classifier proposes " + p.entry() + " (" + p.source().outcome() + ")").orElse("");
        String reason = (row.reason().isEmpty() ? "imported" : row.reason()) + " (" + file + ":" + row.line()
                + (ProductCsv.saysApproved(row) ? "; approved in the file: an import only proposes, a second officer"
                + " approves" : "") + disagrees + ")";
        master.propose(new Proposal(row.product().key(), row.regime(), entry, reason, ProposalSource.imported()), who);
        return true;
    }

    /** The entry as a request takes it: a known regime, and NONE, the regime's word or a control-list code. */
    private String entry(ProductCsv.Row row, String file) {
        Regime regime = regimes.get(row.regime()).orElseThrow(() -> new CsvException(file, row.line(), "regime",
                "column regime: no regime " + dev.clearance.text.Excerpt.quote(row.regime()) + " (known: " + String.join(", ",
                        regimes.all().stream().map(Regime::jurisdiction).toList()) + ")"));
        return entry(row.entry(), regime).orElseThrow(() -> new CsvException(file, row.line(), "entry",
                "column entry: not a control-list code like 3C002.a.2, nor NONE" + (regime.rules().unlisted() == null ? ""
                        : " or " + regime.rules().unlisted()) + ": " + dev.clearance.text.Excerpt.quote(row.entry())));
    }

    /** The entry in its canonical form, when {@code regime} can take it. */
    public static java.util.Optional<String> entry(String given, Regime regime) {
        String word = given.strip().toUpperCase(Locale.ROOT);
        if (word.equals(ExportRequestForm.NONE) || word.equalsIgnoreCase(String.valueOf(regime.rules().unlisted()))) {
            return java.util.Optional.of(word);
        }
        String code = Codes.canonical(given.strip());
        return Codes.isValid(code) ? java.util.Optional.of(code) : java.util.Optional.empty();
    }

    private static String column(String field) {
        return field.equals("key") ? "product" : field;
    }
}
