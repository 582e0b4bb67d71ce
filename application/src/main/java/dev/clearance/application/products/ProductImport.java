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
 * its classification, when it gives one, proposed unless it is the approved or the open one already. A row that
 * cannot be read or stored is refused with its line and reason and the others are imported.
 */
public final class ProductImport {
    /** Refusals listed in full (all are counted). */
    static final int PROBLEMS_LISTED = 1000;
    private final ProductMaster master;
    private final Regimes regimes;

    public ProductImport(ProductMaster master, Regimes regimes) {
        this.master = master;
        this.regimes = regimes;
    }

    /** A refused row: its line, the column at fault (or null) and why. */
    public record Problem(long line, String column, String message) {
    }

    /** What an import did. */
    public record Report(int rows, int created, int changed, int unchanged, int proposed, int refused,
                         List<Problem> problems) {
        public Report {
            problems = List.copyOf(problems);
        }
    }

    /** Imports every row of the table. */
    public Report run(CsvTable table, String who) throws IOException {
        int rows = 0;
        int[] counts = new int[4];
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
        return new Report(rows, counts[0], counts[1], counts[2], counts[3], refused, problems);
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
        if (entry == null) {
            return;
        }
        List<RegimeClassification> all = master.classifications(row.product().key());
        RegimeClassification approved = ProductReview.latest(all, row.regime(), ClassificationStatus.APPROVED);
        RegimeClassification open = ProductReview.latest(all, row.regime(), ClassificationStatus.PROPOSED);
        if ((approved != null && approved.entry().equals(entry)) || (open != null && open.entry().equals(entry))) {
            return;
        }
        String reason = (row.reason().isEmpty() ? "imported" : row.reason()) + " (" + file + ":" + row.line()
                + (ProductCsv.saysApproved(row) ? "; approved in the file: an import only proposes, a second officer"
                + " approves" : "") + ")";
        master.propose(new Proposal(row.product().key(), row.regime(), entry, reason, ProposalSource.imported()), who);
        counts[3]++;
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
