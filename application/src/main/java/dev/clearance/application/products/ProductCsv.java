package dev.clearance.application.products;

import dev.clearance.classification.ClassificationInputException;
import dev.clearance.classification.ClassificationRequest;
import dev.clearance.csv.CsvException;
import dev.clearance.csv.CsvTable;
import dev.clearance.csv.CsvWriter;
import dev.clearance.records.product.ClassificationStatus;
import dev.clearance.records.product.Product;
import dev.clearance.records.product.ProductDraft;
import dev.clearance.records.product.RegimeClassification;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The product master as CSV. One row per product and current classification (a product with none has one row with
 * the classification columns empty). Columns are matched by {@link CsvTable#columnKey}; a column the file may not
 * have is refused naming it unless declared extra. {@code product} and {@code description} are required;
 * {@code cas} and {@code params} are separated by ';' as in {@code classify --in}; {@code regime}, {@code entry} and
 * {@code reason} propose a classification. The other columns an export writes are read back as information only: an
 * import proposes, it never approves (four eyes).
 */
public final class ProductCsv {
    public static final List<String> REQUIRED = List.of("product", "description");
    public static final List<String> PROPOSAL = List.of("cas", "params", "regime", "entry", "reason");
    /** Written by an export, taken but not read by an import. */
    public static final List<String> INFORMATION = List.of("version", "classified_version", "status", "source", "outcome", "proposed_by",
            "approved_by", "approve_reason", "in_force_from", "in_force_to", "review");
    public static final List<String> HEADER = header();
    private static final ClassificationRequest.Fields FIELDS = new ClassificationRequest.Fields("description", "cas",
            "params");

    private ProductCsv() {
    }

    /** The columns an import takes, with the user's extra ones. */
    public static CsvTable.Columns columns(Collection<String> extra) {
        List<String> optional = new ArrayList<>(PROPOSAL);
        optional.addAll(INFORMATION);
        return CsvTable.Columns.of(REQUIRED, optional).withExtra(extra);
    }

    /**
     * One data row read: the product, and the classification it proposes (regime and entry, or empty); an export read
     * back also says who approved it and the days it is in force (as written, empty when not).
     */
    public record Row(long line, ProductDraft product, String regime, String entry, String reason, String status,
                      String approvedBy, String inForceFrom, String inForceTo, String version, String classifiedVersion) {
    }

    /**
     * Reads the next row.
     *
     * @return null at the end
     * @throws CsvException naming the file, line and column of a row that cannot be read (the next call reads on)
     */
    public static Row next(CsvTable table) throws IOException {
        CsvTable.Row r = table.next();
        while (r != null && r.fields().stream().allMatch(String::isBlank)) {
            r = table.next();
        }
        if (r == null) {
            return null;
        }
        if (r.get("product").isBlank()) {
            throw error(table, r, "product", "empty");
        }
        ProductDraft draft;
        try {
            draft = ProductForm.read(r.get("product"), r.get("description"), split(r.get("cas")), split(r.get("params")),
                    FIELDS);
        } catch (ClassificationInputException e) {
            throw error(table, r, e.field(), e.reason());
        }
        String regime = r.get("regime").strip().toUpperCase(java.util.Locale.ROOT);
        String entry = r.get("entry").strip();
        if (regime.isEmpty() != entry.isEmpty()) {
            throw error(table, r, regime.isEmpty() ? "regime" : "entry", "a classification needs both regime and entry");
        }
        return new Row(r.line(), draft, regime, entry, r.get("reason").strip(),
                r.get("status").strip().toUpperCase(java.util.Locale.ROOT), r.get("approved_by").strip(),
                r.get("in_force_from").strip(), r.get("in_force_to").strip(), r.get("version").strip(),
                r.get("classified_version").strip());
    }

    /** A refused row naming its file, line and column (the column kept for the report, not only in the words). */
    static CsvException error(CsvTable table, CsvTable.Row r, String column, String reason) {
        return new CsvException(table.file(), r.line(), column, "column " + column + ": " + reason);
    }

    /** Writes a product's rows: one per current classification, or one with the classification columns empty. */
    public static void write(CsvWriter out, Product p, List<RegimeClassification> all, List<String> review)
            throws IOException {
        List<RegimeClassification> current = ProductReview.current(all);
        String flagged = String.join(" | ", review);
        if (current.isEmpty()) {
            out.write(row(p, null, flagged));
        }
        for (RegimeClassification c : current) {
            out.write(row(p, c, flagged));
        }
    }

    private static List<String> row(Product p, RegimeClassification c, String review) {
        List<String> r = new ArrayList<>(List.of(p.key(), p.description(), String.join(";", p.cas()),
                String.join(";", p.parameters())));
        if (c == null) {
            r.addAll(List.of("", "", "", String.valueOf(p.version()), "", "", "", "", "", "", "", "", "", review));
        } else {
            r.addAll(List.of(c.regime(), c.entry(), c.reason(), String.valueOf(p.version()),
                    String.valueOf(c.productVersion()), c.status().name(),
                    c.source().kind().name(), text(c.source().outcome()), c.proposedBy(), text(c.approvedBy()),
                    text(c.approveReason()), text(c.inForceFrom()), text(c.inForceTo()), review));
        }
        return r;
    }

    /** True when the row says its entry is the approved one (an export read back). */
    static boolean saysApproved(Row r) {
        return r.status().equals(ClassificationStatus.APPROVED.name());
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of()
                : Arrays.stream(s.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static List<String> header() {
        List<String> h = new ArrayList<>(REQUIRED);
        h.addAll(PROPOSAL);
        h.addAll(INFORMATION);
        return List.copyOf(h);
    }

    /** Opens a product-master CSV with these extra columns. */
    public static CsvTable open(String file, java.io.InputStream in, java.nio.charset.Charset charset,
                                Collection<String> extra) throws IOException {
        return CsvTable.open(file, in, charset, columns(extra));
    }

    /** Writes the header. */
    public static CsvWriter writer(Writer out) throws IOException {
        CsvWriter w = new CsvWriter(out);
        w.write(HEADER);
        return w;
    }
}
