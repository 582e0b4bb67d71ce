package dev.clearance.cli;

import dev.clearance.application.products.ApprovedCsv;
import dev.clearance.application.products.MasterItems;
import dev.clearance.application.products.ProductCsv;
import dev.clearance.csv.CsvException;
import dev.clearance.csv.CsvTable;
import dev.clearance.input.BadRequestException;
import dev.clearance.records.Database;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.product.ProductMaster;
import dev.clearance.regime.Regimes;
import dev.clearance.request.ProductItem;
import dev.clearance.request.ProductItems;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The product master an order book's {@code product} column is read against ({@code determine --in}): a
 * product-master CSV ({@code --products}, its APPROVED rows), a database named by {@code --db}/{@code --data} or
 * {@code CLEARANCE_DB_URL}, or else the embedded database in ./data if there is one, opened when a row first names a
 * product. Without any, a row naming a product is refused saying how to give the master.
 */
final class OrderProducts implements ProductItems, AutoCloseable {
    private final Path csv;
    private final String db;
    private final Path data;
    private final Regimes regimes;
    private ProductItems items;
    private Database database;

    private OrderProducts(Path csv, String db, Path data, Regimes regimes) {
        this.csv = csv;
        this.db = db;
        this.data = data;
        this.regimes = regimes;
    }

    /**
     * The master the options name, read or opened now: a bad file or a database that is not Clearance's is a
     * {@link UserError} before any line is determined.
     */
    static OrderProducts open(Path csv, String db, Path data, Charset charset, Regimes regimes, Map<String, String> env)
            throws IOException {
        if (csv != null && (db != null || data != null)) {
            throw new UserError("--products and --db/--data do not go together: one product master");
        }
        OrderProducts p = new OrderProducts(csv, db, data, regimes);
        if (csv != null) {
            p.items = read(csv, charset, regimes);
        } else if (db != null || data != null || env.containsKey("CLEARANCE_DB_URL")) {
            p.items = p.openDatabase(env);
        }
        return p;
    }

    private static ProductItems read(Path csv, Charset charset, Regimes regimes) throws IOException {
        if (!Files.isRegularFile(csv)) {
            throw new UserError("--products " + csv + ": no such file");
        }
        try (CsvTable table = ProductCsv.open(csv.toString(), InputFile.open(csv), charset, List.of())) {
            return ApprovedCsv.read(table, regimes);
        } catch (CsvException e) {
            throw new UserError("--products: " + e.getMessage());
        }
    }

    private ProductItems openDatabase(Map<String, String> env) {
        try {
            database = dev.clearance.application.wiring.Databases.openExisting(
                    dev.clearance.application.wiring.DatabaseSettings.resolve(db, data, env));
        } catch (dev.clearance.application.wiring.StartupException e) {
            throw new UserError((db != null ? "--db: " : "--data: ") + e.getMessage());
        }
        return new MasterItems(new ProductMaster(database, new AuditTrail(database)), regimes);
    }

    @Override
    public ProductItem approved(String product, String from, LocalDate day, String field) {
        if (items == null) {
            items = defaultDatabase();
        }
        return items.approved(product, from, day, field);
    }

    /** The embedded database in ./data when it is there; else each row naming a product is refused saying why. */
    private ProductItems defaultDatabase() {
        Path file = Path.of("data", "clearance.mv.db");
        if (!Files.isRegularFile(file)) {
            return (product, from, day, field) -> {
                throw new BadRequestException(BadRequestException.Kind.UNKNOWN, field, "no product master: give"
                        + " --products FILE (a product-master CSV) or --db URL, or give the item");
            };
        }
        try {
            return openDatabase(Map.of());
        } catch (UserError e) {
            String why = e.getMessage();
            return (product, from, day, field) -> {
                throw new BadRequestException(BadRequestException.Kind.UNKNOWN, field, "no product master: " + why);
            };
        }
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
    }
}
