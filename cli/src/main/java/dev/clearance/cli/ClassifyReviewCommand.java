package dev.clearance.cli;

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
 * entry text or thresholds changed between two control-list snapshots, old and new text side by side.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"List the control-list paragraphs changed between two ccl.json snapshots and the classified"
                + " products they touch (CSV with columns product,paragraph), old and new text side by side.",
                "Exit status: 0 listed, 2 bad input."})
final class ClassifyReviewCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--old", required = true, description = "the earlier ccl.json") Path old;
    @Option(names = "--new", description = "the later ccl.json (default: the bundled list)") Path now;
    @Option(names = "--products", description = "classified products: CSV with columns product,paragraph") Path products;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
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
