package dev.clearance.classification;

import dev.clearance.csv.CsvException;
import dev.clearance.csv.CsvReader;
import dev.clearance.csv.CsvRecord;
import dev.clearance.csv.CsvWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Batch classification: a CSV with the header {@code description,cas,params} (cas and params separated by ';';
 * an optional leading {@code product} column is carried through) in, one answer row per input row out. A row
 * Clearance cannot read is kept in the output as REFUSED, naming file:line and the column; the others are answered.
 */
public final class ClassificationCsv {
    public static final List<String> OUT_HEADER = List.of("line", "product", "description", "outcome", "eccn",
            "paragraph", "summary", "JP", "KR", "EU", "US", "problem");
    /** The most rows one batch reads: work per request stays bounded. */
    public static final int MAX_ROWS = 100_000;

    private ClassificationCsv() {
    }

    /** What a batch did: rows answered, rows refused (with their problems, at most the first 100 kept in full). */
    public record Report(int rows, int refused, List<String> problems) {
        public Report {
            problems = List.copyOf(problems);
        }
    }

    public static Report run(Classifier classifier, String file, Reader in, Writer out) throws IOException {
        CsvWriter w = new CsvWriter(out);
        w.write(OUT_HEADER);
        List<String> problems = new ArrayList<>();
        int rows = 0;
        int refused = 0;
        try (CsvReader r = new CsvReader(file, in)) {
            CsvRecord header = r.next();
            if (header == null) {
                throw new CsvException(file, 1, "empty file: expected the header description,cas,params");
            }
            List<String> names = header.fields().stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
            int description = names.indexOf("description");
            int cas = names.indexOf("cas");
            int params = names.indexOf("params");
            int product = names.indexOf("product");
            if (description < 0) {
                throw new CsvException(file, header.line(), "no column 'description' in the header (expected description,cas,params)");
            }
            while (true) {
                CsvRecord rec;
                try {
                    rec = r.next();
                } catch (CsvException e) {
                    refused++;
                    problems.add(e.getMessage());
                    w.write(List.of(String.valueOf(e.line()), "", "", "REFUSED", "", "", "", "", "", "", "", e.getMessage()));
                    continue;
                }
                if (rec == null) {
                    break;
                }
                if (rec.isBlank()) {
                    continue;
                }
                if (++rows > MAX_ROWS) {
                    throw new CsvException(file, rec.line(), "more than " + MAX_ROWS + " rows: split the file");
                }
                String id = product >= 0 ? rec.get(product) : "";
                String d = rec.get(description);
                try {
                    ClassificationRequest req = ClassificationRequest.of(d, split(cas < 0 ? "" : rec.get(cas)),
                            split(params < 0 ? "" : rec.get(params)), new ClassificationRequest.Fields(
                                    "column description", "column cas", "column params"));
                    w.write(answer(rec.line(), id, d, classifier.classify(req)));
                } catch (ClassificationInputException e) {
                    refused++;
                    String p = file + ":" + rec.line() + ": " + e.getMessage();
                    if (problems.size() < 100) {
                        problems.add(p);
                    }
                    w.write(List.of(String.valueOf(rec.line()), id, d, "REFUSED", "", "", "", "", "", "", "", p));
                }
            }
        }
        w.flush();
        return new Report(rows, refused, problems);
    }

    private static List<String> answer(long line, String id, String description, Classification c) {
        Candidate top = c.candidates().isEmpty() ? null : c.candidates().get(0);
        List<String> row = new ArrayList<>(List.of(String.valueOf(line), id, description, c.outcome().name(),
                top == null ? "" : top.eccn(), top == null ? "" : top.paragraph(), c.summary()));
        for (String j : List.of("JP", "KR", "EU", "US")) {
            row.add(top == null ? "" : top.regimes().stream().filter(e -> e.jurisdiction().equals(j)).map(RegimeEntry::entry)
                    .findFirst().orElse(""));
        }
        row.add(String.join(" | ", c.caveats()));
        return row;
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(";")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }
}
