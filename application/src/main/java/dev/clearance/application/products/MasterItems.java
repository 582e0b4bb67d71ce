package dev.clearance.application.products;

import dev.clearance.determination.TraceStep;
import dev.clearance.input.BadRequestException;
import dev.clearance.records.product.Product;
import dev.clearance.records.product.ProductMaster;
import dev.clearance.records.product.RegimeClassification;
import dev.clearance.regime.Regime;
import dev.clearance.regime.Regimes;
import dev.clearance.request.ProductItem;
import dev.clearance.request.ProductItems;
import dev.clearance.text.Excerpt;
import java.time.LocalDate;

/**
 * The approved classification an export request naming a product uses: the one for the exporter's regime in force on
 * the day of export. None approved is refused naming the product (CHECK), never read as a good on no list.
 */
public final class MasterItems implements ProductItems {
    private final ProductMaster master;
    private final Regimes regimes;

    public MasterItems(ProductMaster master, Regimes regimes) {
        this.master = master;
        this.regimes = regimes;
    }

    @Override
    public ProductItem approved(String product, String from, LocalDate day, String field) {
        Product p = master.get(product).orElseThrow(() -> new BadRequestException(BadRequestException.Kind.UNKNOWN,
                field, "no product " + Excerpt.quote(product) + " in the product master"));
        String regime = regimes.forExporter(from, day).map(Regime::jurisdiction).orElse(from);
        RegimeClassification c = master.inForce(p.key(), regime, day).orElseThrow(() -> new BadRequestException(
                BadRequestException.Kind.NOT_COVERED, field, "CHECK: product " + p.key() + " has no approved "
                + regime + " classification in force on " + day + "; an officer approves one (a second officer than"
                + " the one who proposed it), or give the item"));
        String record = "product master: product " + p.key() + " version " + c.productVersion() + ", classification "
                + c.id();
        TraceStep cited = new TraceStep("product " + p.key(), "the approved " + regime + " classification " + c.entry()
                + " (in force from " + c.inForceFrom() + ", proposed by " + c.proposedBy() + ", approved by "
                + c.approvedBy() + ": " + c.approveReason() + ")", record);
        return new ProductItem(p.key(), c.entry(), cited, changedSince(p, c, record));
    }

    /**
     * The step saying the product changed since its classification was approved (an officer approved the entry for
     * an earlier version: a new parameter may move it), or null when it was approved on the product as it is.
     */
    static TraceStep changedSince(Product p, RegimeClassification c, String record) {
        return changedSince(p.key(), c.regime(), c.entry(), c.productVersion(), p.version(), record);
    }

    /**
     * As {@link #changedSince(Product, RegimeClassification, String)}, from the versions alone (a product-master
     * CSV says them in its {@code classified_version} and {@code version} columns).
     */
    static TraceStep changedSince(String product, String regime, String entry, int classified, int now,
                                  String record) {
        if (classified >= now) {
            return null;
        }
        return new TraceStep("product " + product + " changed since classified", "CHECK: the " + regime
                + " classification " + entry + " was approved on version " + classified + " of the product,"
                + " which has changed since (now version " + now + "); confidence lowered to check until an"
                + " officer approves a classification of this version", record + "; product now version " + now);
    }
}
