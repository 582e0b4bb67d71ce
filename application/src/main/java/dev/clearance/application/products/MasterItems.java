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
        String changed = c.productVersion() < p.version() ? "; CHECK: the product changed since (classified on version "
                + c.productVersion() + ", now version " + p.version() + ")" : "";
        return new ProductItem(p.key(), c.entry(), new TraceStep("product " + p.key(), "the approved " + regime
                + " classification " + c.entry() + " (in force from " + c.inForceFrom() + ", proposed by "
                + c.proposedBy() + ", approved by " + c.approvedBy() + ": " + c.approveReason() + ")" + changed,
                "product master: product " + p.key() + " version " + c.productVersion() + ", classification " + c.id()));
    }
}
