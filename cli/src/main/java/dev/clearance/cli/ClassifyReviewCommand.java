package dev.clearance.cli;

import dev.clearance.application.wiring.StartupException;
import dev.clearance.application.wiring.DatabaseSettings;
import dev.clearance.application.wiring.Databases;
import dev.clearance.classification.Corpus;
import dev.clearance.classification.CorpusGenerator;
import dev.clearance.classification.ListChanges;
import dev.clearance.csv.CsvException;
import dev.clearance.csv.CsvReader;
import dev.clearance.csv.CsvRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code clearance classify review --old ccl-old.json --new ccl.json --products classified.csv}: the products whose
 * entry text or thresholds changed between two control-list snapshots, old and new text side by side. Without
 * {@code --old}, the product master itself: {@code --products master.csv} (a product-master CSV, compared only) or
 * the database ({@code --db}/{@code --data}: re-classified, differences proposed and flagged for officers).
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"List the control-list paragraphs changed between two ccl.json snapshots and the classified"
                + " products they touch (CSV with columns product,paragraph), old and new text side by side.",
                "Without --old: re-classify the product master (--products a product-master CSV, compared only; or the"
                + " database, --db/--data, where what differs from the approved classification is proposed and flagged"
                + " for a second officer, approved ones never changed) and list the changes.",
                "Exit status: 0 listed, 2 bad input."})
final class ClassifyReviewCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--old", description = "the earlier ccl.json") Path old;
    @Option(names = "--new", description = "the later ccl.json (default: the bundled list)") Path now;
    @Option(names = "--products", description = "with --old: CSV with columns product,paragraph; without: a"
            + " product-master CSV (product,description[,cas,params,regime,entry,status...])") Path products;
    @Option(names = "--db", description = "JDBC URL of the product master (default: env CLEARANCE_DB_URL, else the H2"
            + " database in the data folder)") String db;
    @Option(names = "--data", description = "data folder of the embedded database (default ./data)") Path data;
    @picocli.CommandLine.Mixin InputFile input = new InputFile();

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (old == null) {
            return master(o, err);
        }
        Corpus before;
        Corpus after;
        try {
            before = read(old, "--old");
            after = now == null ? Corpus.bundled() : read(now, "--new");
        } catch (UserError e) {
            err.println("clearance: " + e.getMessage());
            err.flush();
            return Clearance.BAD_INPUT;
        }
        List<ListChanges.Change> changes = ListChanges.between(before, after);
        if (products == null) {
            o.printf("%d paragraphs changed%n", changes.size());
            changes.forEach(c -> print(o, c));
            o.flush();
            return 0;
        }
        Map<String, String> classified;
        try {
            classified = classified(products);
        } catch (CsvException | UserError e) {
            err.println("clearance: " + e.getMessage());
            err.flush();
            return Clearance.BAD_INPUT;
        }
        List<ListChanges.Review> reviews = ListChanges.affected(changes, classified);
        o.printf("%d of %d products to review (%d paragraphs changed)%n", reviews.stream().map(ListChanges.Review::product)
                .distinct().count(), classified.size(), changes.size());
        for (ListChanges.Review r : reviews) {
            o.printf("%nproduct %s (classified %s):%n", r.product(), r.classifiedAs());
            print(o, r.change());
        }
        o.flush();
        return 0;
    }

    private int master(PrintWriter o, PrintWriter err) throws IOException {
        ProductMasterReview review = new ProductMasterReview();
        if (products != null) {
            if (!Files.isRegularFile(products)) {
                err.println("clearance: --products " + products + ": no such file");
                err.flush();
                return Clearance.BAD_INPUT;
            }
            ProductMasterReview.FromCsv r;
            try {
                r = review.csv(products, input.charset(), input.extra());
            } catch (CsvException | UserError e) {
                err.println("clearance: " + e.getMessage());
                err.flush();
                return Clearance.BAD_INPUT;
            }
            o.printf("%d products re-classified from %s: %d to review (corpus %s)%n", r.products(), products,
                    r.rows().stream().map(dev.clearance.application.products.ReviewRow::product).distinct().count(),
                    Corpus.bundled().version());
            r.refused().forEach(p -> o.println("refused: " + p));
            ProductMasterReview.print(o, r.rows());
            o.flush();
            return 0;
        }
        dev.clearance.records.Database database;
        try {
            database = Databases.openExisting(DatabaseSettings.resolve(db, data, System.getenv()));
        } catch (StartupException e) {
            err.println("clearance: " + e.getMessage());
            err.flush();
            return Clearance.BAD_INPUT;
        }
        try (database) {
            dev.clearance.application.products.RecheckReport r = review.database(database);
            o.printf("%d products re-classified (corpus %s; regimes %s): %d flagged for review%n", r.products(),
                    r.corpusVersion(), r.regimeVersions(), r.flagged());
            ProductMasterReview.print(o, r.rows());
        }
        o.flush();
        return 0;
    }

    private static void print(PrintWriter o, ListChanges.Change c) {
        o.printf("  %s %s%n    old: %s%n    new: %s%n", c.code(), c.kind(), c.oldText().isEmpty() ? "-" : c.oldText(),
                c.newText().isEmpty() ? "-" : c.newText());
        if (!c.oldThresholds().equals(c.newThresholds())) {
            o.printf("    thresholds old: %s%n    thresholds new: %s%n", c.oldThresholds(), c.newThresholds());
        }
    }

    private static Corpus read(Path file, String option) {
        try {
            return Corpus.parse(CorpusGenerator.generate(Files.readAllBytes(file)));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserError(option + " " + file + ": no such file");
        } catch (IOException | RuntimeException e) {
            throw new UserError(option + " " + file + ": not a ccl.json the corpus generator reads ("
                    + dev.clearance.text.Excerpt.message(String.valueOf(e.getMessage())) + ")");
        }
    }

    private static Map<String, String> classified(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserError("--products " + file + ": no such file");
        }
        Map<String, String> out = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CsvReader csv = new CsvReader(file.toString(), r)) {
            CsvRecord header = csv.next();
            List<String> names = header == null ? List.of() : header.fields().stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
            int product = names.indexOf("product");
            int paragraph = names.indexOf("paragraph");
            if (product < 0 || paragraph < 0) {
                throw new CsvException(file.toString(), 1, "expected the header product,paragraph");
            }
            for (CsvRecord rec = csv.next(); rec != null; rec = csv.next()) {
                if (!rec.isBlank()) {
                    out.put(rec.get(product).trim(), rec.get(paragraph).trim());
                }
            }
        }
        return out;
    }
}
