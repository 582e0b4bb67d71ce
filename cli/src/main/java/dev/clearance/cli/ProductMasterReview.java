package dev.clearance.cli;

import dev.clearance.classification.Classifier;
import dev.clearance.csv.CsvException;
import dev.clearance.csv.CsvTable;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.Database;
import dev.clearance.records.product.Product;
import dev.clearance.records.product.ProductMaster;
import dev.clearance.regime.read.RegimeData;
import dev.clearance.application.products.MasterRecheck;
import dev.clearance.application.products.ProductClassifier;
import dev.clearance.application.products.ProductCsv;
import dev.clearance.application.products.ProductImport;
import dev.clearance.application.products.RecheckReport;
import dev.clearance.application.products.ReviewRow;
import dev.clearance.regime.Regimes;
import dev.clearance.application.products.MasterRecheck;
import dev.clearance.application.products.ProductClassifier;
import dev.clearance.application.products.ProductCsv;
import dev.clearance.application.products.ProductImport;
import dev.clearance.application.products.RecheckReport;
import dev.clearance.application.products.ReviewRow;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code classify review} against a product master: in a database (every product re-classified, what differs from
 * the approved classification proposed and flagged, approved ones never changed, the run recorded and audited), or
 * in a product-master CSV (compared only, nothing written; refused rows listed with their line and reason).
 */
final class ProductMasterReview {
    private final ProductClassifier classifier = new ProductClassifier(Classifier::bundled, RegimeData.bundled());

    /** Re-checks the master in the database. */
    RecheckReport database(Database db) {
        return new MasterRecheck(new ProductMaster(db, new AuditTrail(db)), classifier).run("cli");
    }

    /** What the classifier now says about the products of a product-master CSV, and the rows it refused. */
    record FromCsv(int products, List<ReviewRow> rows, List<String> refused) {
    }

    FromCsv csv(Path file, Charset charset, List<String> extra) throws IOException {
        Map<String, Product> products = new LinkedHashMap<>();
        Map<String, Map<String, String>> approved = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        try (CsvTable table = ProductCsv.open(file.toString(), InputFile.open(file), charset, extra)) {
            while (true) {
                ProductCsv.Row row;
                try {
                    row = ProductCsv.next(table);
                } catch (CsvException e) {
                    refused.add(e.getMessage());
                    continue;
                }
                if (row == null) {
                    break;
                }
                var d = row.product();
                products.putIfAbsent(d.key(), new Product(d.key(), d.description(), d.parameters(), d.cas(), 1, null,
                        null, null));
                if (!row.regime().isEmpty() && (row.status().isEmpty() || row.status().equals("APPROVED"))) {
                    String entry = RegimeData.bundled().get(row.regime()).flatMap(r -> ProductImport.entry(row.entry(), r))
                            .orElse(null);
                    if (entry == null) {
                        refused.add(file + ":" + row.line() + ": column entry: not an entry of regime " + row.regime()
                                + ": " + dev.clearance.text.Excerpt.quote(row.entry()));
                        continue;
                    }
                    approved.computeIfAbsent(d.key(), k -> new LinkedHashMap<>()).put(row.regime(), entry);
                }
            }
        }
        return new FromCsv(products.size(), MasterRecheck.compare(classifier, List.copyOf(products.values()), approved),
                refused);
    }

    static void print(PrintWriter o, List<ReviewRow> rows) {
        for (ReviewRow r : rows) {
            o.printf("%nproduct %s (%s): %s%n", r.product(), r.regime(), r.kind() == ReviewRow.Kind.DIFFERS
                    ? "approved " + r.approvedEntry() + ", the classifier now proposes " + r.proposedEntry()
                    : "no approved classification; the classifier proposes " + r.proposedEntry());
            o.printf("  [%s] %s%s%n", r.outcome(), r.summary(), r.proposalId() == null ? ""
                    : " (proposal " + r.proposalId() + ", for a second officer to approve)");
        }
    }
}
