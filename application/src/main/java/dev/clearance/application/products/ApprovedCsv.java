package dev.clearance.application.products;

import dev.clearance.csv.CsvException;
import dev.clearance.csv.CsvTable;
import dev.clearance.determination.TraceStep;
import dev.clearance.input.BadRequestException;
import dev.clearance.regime.Regime;
import dev.clearance.regime.Regimes;
import dev.clearance.request.ProductItem;
import dev.clearance.request.ProductItems;
import dev.clearance.text.Excerpt;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The approved classifications of a product-master CSV as the master exports it ({@link ProductCsv}), for order books
 * naming products where no database is at hand. Only a row whose status is APPROVED, with its approver and the day
 * it takes force, is an approved classification; a proposal, or a row without status, gives none (a product with none
 * in force is refused naming it, as the database master refuses it). A row that cannot be read refuses the file.
 */
public final class ApprovedCsv implements ProductItems {
    private final String file;
    private final Regimes regimes;
    private final Map<String, List<Approved>> products;

    private ApprovedCsv(String file, Regimes regimes, Map<String, List<Approved>> products) {
        this.file = file;
        this.regimes = regimes;
        this.products = products;
    }

    /** One approved classification of the file, with its line. */
    private record Approved(String regime, String entry, LocalDate from, LocalDate to, String approvedBy,
                            String reason, long line, Integer version, Integer classifiedVersion) {
        boolean inForceOn(LocalDate day) {
            return !day.isBefore(from) && (to == null || day.isBefore(to));
        }
    }

    /**
     * Reads the whole file.
     *
     * @throws CsvException naming the file, line and column of the first row that cannot be read
     */
    public static ApprovedCsv read(CsvTable table, Regimes regimes) throws IOException {
        Map<String, List<Approved>> products = new LinkedHashMap<>();
        for (ProductCsv.Row row = ProductCsv.next(table); row != null; row = ProductCsv.next(table)) {
            List<Approved> mine = products.computeIfAbsent(row.product().key(), k -> new ArrayList<>());
            if (!row.regime().isEmpty() && row.status().equals("APPROVED")) {
                mine.add(approved(table.file(), row, regimes));
            }
        }
        return new ApprovedCsv(table.file(), regimes, products);
    }

    private static Approved approved(String file, ProductCsv.Row row, Regimes regimes) {
        Regime regime = regimes.get(row.regime()).orElseThrow(() -> refused(file, row, "regime", "no regime "
                + Excerpt.quote(row.regime())));
        String entry = ProductImport.entry(row.entry(), regime).orElseThrow(() -> refused(file, row, "entry",
                "not a control-list code like 3C002.a.2, nor NONE: " + Excerpt.quote(row.entry())));
        if (row.approvedBy().isEmpty()) {
            throw refused(file, row, "approved_by", "an approved classification names the officer who approved it");
        }
        LocalDate from = date(file, row, "in_force_from", row.inForceFrom());
        if (from == null) {
            throw refused(file, row, "in_force_from", "an approved classification says the day it takes force");
        }
        return new Approved(regime.jurisdiction(), entry, from, date(file, row, "in_force_to", row.inForceTo()),
                row.approvedBy(), row.reason(), row.line(), number(file, row, "version", row.version()),
                number(file, row, "classified_version", row.classifiedVersion()));
    }

    private static Integer number(String file, ProductCsv.Row row, String column, String text) {
        try {
            int n = text.isEmpty() ? 0 : Integer.parseInt(text);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return text.isEmpty() ? null : n;
        } catch (NumberFormatException e) {
            throw refused(file, row, column, "not a version number: " + Excerpt.quote(text));
        }
    }

    /**
     * The step lowering the answer to check when the file shows the product changed after the classification was
     * approved, or does not say on which version it was approved (a hand-written file): the database master knows
     * this, and a file must not answer more surely than it.
     */
    private static TraceStep changedSince(String product, Approved c, String record) {
        if (c.version() != null && c.classifiedVersion() != null) {
            return MasterItems.changedSince(product, c.regime(), c.entry(), c.classifiedVersion(), c.version(), record);
        }
        return new TraceStep("product " + product + " version not given", "CHECK: the file does not say on which"
                + " version of the product the " + c.regime() + " classification " + c.entry() + " was approved"
                + " (columns version and classified_version, as the master's export writes them), so a change since"
                + " cannot be ruled out; confidence lowered to check", record);
    }

    private static LocalDate date(String file, ProductCsv.Row row, String column, String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw refused(file, row, column, "not a date YYYY-MM-DD: " + Excerpt.quote(text));
        }
    }

    private static CsvException refused(String file, ProductCsv.Row row, String column, String reason) {
        return new CsvException(file, row.line(), column, "column " + column + ": " + reason);
    }

    /** How many products the file names. */
    public int size() {
        return products.size();
    }

    @Override
    public ProductItem approved(String product, String from, LocalDate day, String field) {
        List<Approved> all = products.get(product);
        if (all == null) {
            throw new BadRequestException(BadRequestException.Kind.UNKNOWN, field, "no product " + Excerpt.quote(product)
                    + " in the product master " + file);
        }
        String regime = regimes.forExporter(from, day).map(Regime::jurisdiction).orElse(from);
        Approved c = all.stream().filter(a -> a.regime().equals(regime) && a.inForceOn(day))
                .max(java.util.Comparator.comparing(Approved::from)).orElseThrow(() -> new BadRequestException(
                        BadRequestException.Kind.NOT_COVERED, field, "CHECK: product " + product + " has no approved "
                        + regime + " classification in force on " + day + " in " + file + "; an officer approves one"
                        + " (a second officer than the one who proposed it), or give the item"));
        String record = "product master " + file + " line " + c.line();
        return new ProductItem(product, c.entry(), new TraceStep("product " + product, "the approved " + regime
                + " classification " + c.entry() + " (in force from " + c.from() + ", approved by " + c.approvedBy()
                + (c.reason().isEmpty() ? "" : ": " + c.reason()) + ")", record), changedSince(product, c, record));
    }
}
