package dev.clearance.matching;

import dev.clearance.csv.CsvTable;
import dev.clearance.csv.CsvWriter;
import dev.clearance.lists.EntityType;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;

/**
 * Screens a CSV of queries ({@code id,name} and optional {@code country,type,dob}) and writes one row
 * per hit: {@code query_id,rank,entry_id,list,matched_name,score,explanation,list_version} (the explanation's
 * one-line summary, and the version of the list the entry was loaded from, so a reviewer can work from the CSV alone). A bad row is reported with its line
 * number and skipped; the rest of the file is still screened.
 */
public final class BatchScreening {
    /** Output header, in order. */
    public static final List<String> HEADER = List.of("query_id", "rank", "entry_id", "list", "matched_name", "score",
            "explanation", "list_version");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /**
     * What a batch run did.
     *
     * @param rows     data rows read
     * @param screened rows screened
     * @param hits     output rows written
     * @param problems rows refused, with file and line
     */
    public record Report(long rows, long screened, long hits, List<Problem> problems) {
        public Report {
            problems = List.copyOf(problems);
        }
    }

    /**
     * A refused row.
     *
     * @param line    1-based line in the input
     * @param message what is wrong
     */
    public record Problem(String file, long line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    private BatchScreening() {
    }

    /**
     * Screens every row of {@code in} and writes the hits (with header) to {@code out}.
     *
     * @param file     name of the input, used in problem reports
     * @param progress called with the number of rows done so far after each row; may be {@code null}
     * @throws dev.clearance.csv.CsvException when the header lacks {@code id} or {@code name}, or the CSV is malformed
     */
    public static Report run(Screener screener, String file, Reader in, Writer out, double threshold, int top,
                             LongConsumer progress) throws IOException {
        return run(screener, file, in, out, threshold, top, progress, e -> "");
    }

    /**
     * As {@link #run(Screener, String, Reader, Writer, double, int, LongConsumer)}, writing
     * {@code listVersion.apply(entry)} in the {@code list_version} column (e.g. the list file and its SHA-256).
     */
    public static Report run(Screener screener, String file, Reader in, Writer out, double threshold, int top,
                             LongConsumer progress, java.util.function.Function<dev.clearance.lists.ListEntry, String> listVersion)
            throws IOException {
        List<Problem> problems = new ArrayList<>();
        long rows = 0;
        long screened = 0;
        long hits = 0;
        CsvWriter writer = new CsvWriter(out);
        writer.write(HEADER);
        try (CsvTable table = CsvTable.open(file, in, List.of("id", "name"))) {
            for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
                rows++;
                String refusal = refusal(row);
                if (refusal != null) {
                    problems.add(new Problem(file, row.line(), refusal));
                } else {
                    screened++;
                    Query q = new Query(row.get("id"), row.get("name"), blankToNull(row.get("country")),
                            type(row.get("type")), blankToNull(row.get("dob")), List.of());
                    int rank = 1;
                    for (Match m : screener.screen(q, threshold, top)) {
                        writer.write(List.of(q.id(), Integer.toString(rank++), m.entry().id(), m.entry().list(),
                                m.matchedName(), String.format(Locale.ROOT, "%.4f", m.score()),
                                m.explanation().render(), String.valueOf(listVersion.apply(m.entry()))));
                        hits++;
                    }
                }
                if (progress != null) {
                    progress.accept(rows);
                }
            }
        }
        writer.flush();
        return new Report(rows, screened, hits, problems);
    }

    private static String refusal(CsvTable.Row row) {
        if (row.get("id").isEmpty()) {
            return "column id: empty";
        }
        if (row.get("name").isEmpty()) {
            return "column name: empty";
        }
        if (Normaliser.normalise(row.get("name")).tokens().isEmpty()) {
            return "column name: '" + row.get("name") + "' has no letters or digits to match on";
        }
        String type = row.get("type");
        if (!type.isEmpty() && EntityType.parse(type) == null) {
            return "column type: '" + type + "' is not person, organization, vessel or aircraft";
        }
        String dob = row.get("dob");
        if (!dob.isEmpty() && !DATE.matcher(dob).matches()) {
            return "column dob: '" + dob + "' is not YYYY, YYYY-MM or YYYY-MM-DD";
        }
        return null;
    }

    private static EntityType type(String text) {
        return text.isEmpty() ? null : EntityType.parse(text);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
