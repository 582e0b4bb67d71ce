package dev.clearance.matching;

import dev.clearance.matching.explain.Match;
import dev.clearance.matching.normalise.Query;
import dev.clearance.csv.CsvTable;
import dev.clearance.lists.ListEntry;
import dev.clearance.csv.CsvWriter;
import dev.clearance.csv.CsvException;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Screens a CSV of queries ({@code id,name} and optional {@code country,type,dob}) and writes one row
 * per hit: {@code query_id,rank,entry_id,list,matched_name,score,explanation,list_version} (the explanation's
 * one-line summary, and the version of the list the entry was loaded from, so a reviewer can work from the CSV
 * alone), then {@code line,outcome,refused}, then the extra columns the user declared (their values as given); a
 * row without hits is one line ({@code NO_HIT}) and a bad row is one line with its id, line and reason
 * ({@code NOT_SCREENED}), also reported; the rest of the file is still screened.
 */
public final class BatchScreening {
    /** Output header, in order. */
    public static final List<String> HEADER = List.of("query_id", "rank", "entry_id", "list", "matched_name", "score",
            "explanation", "list_version");
    /**
     * The header of {@code screen --in}'s file: every input row is in it, so a file that looks complete is: a hit
     * per line ({@code outcome} HIT), a row without hits on one line (NO_HIT), and a row that could not be screened
     * with its id, line and reason ({@code refused}; NOT_SCREENED).
     */
    public static final List<String> ROW_HEADER = concat(HEADER, List.of("line", "outcome", "refused"));

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
        return run(screener, PartyRows.open(file, in), out, threshold, top, progress, e -> "");
    }

    /**
     * As {@link #run(Screener, String, Reader, Writer, double, int, LongConsumer)}, writing
     * {@code listVersion.apply(entry)} in the {@code list_version} column (e.g. the list file and its SHA-256).
     */
    public static Report run(Screener screener, String file, Reader in, Writer out, double threshold, int top,
                             LongConsumer progress, Function<ListEntry, String> listVersion) throws IOException {
        return run(screener, PartyRows.open(file, in), out, threshold, top, progress, listVersion);
    }

    /**
     * Screens every row of an opened party table (see {@link PartyRows}) and closes it; rows the table cannot
     * read, or that fail validation, are problems with file and line.
     */
    public static Report run(Screener screener, CsvTable table, Writer out, double threshold, int top,
                             LongConsumer progress) throws IOException {
        return run(screener, table, out, threshold, top, progress, e -> "");
    }

    /** As {@link #run(Screener, CsvTable, Writer, double, int, LongConsumer)}, with each hit's list version. */
    public static Report run(Screener screener, CsvTable table, Writer out, double threshold, int top,
                             LongConsumer progress, Function<ListEntry, String> listVersion) throws IOException {
        String file = table.file();
        List<Problem> problems = new ArrayList<>();
        long rows = 0;
        long screened = 0;
        long hits = 0;
        CsvWriter writer = new CsvWriter(out);
        List<String> none = java.util.Collections.nCopies(HEADER.size() - 1, "");
        try (table) {
            // the declared extra columns ride along after the standard ones, on every line of their row
            writer.write(CsvTable.outputHeader(ROW_HEADER, table.extraColumns()));
            for (PartyRows.Row row = PartyRows.next(table); row != null; row = PartyRows.next(table)) {
                rows++;
                String line = Long.toString(row.line());
                List<String> extras = PartyRows.extras(table, row);
                if (row instanceof PartyRows.Refused r) {
                    problems.add(new Problem(file, r.line(), problemText(r.problem())));
                    writer.write(concat(concat(concat(List.of(r.id()), none), List.of(line, "NOT_SCREENED",
                            problemText(r.problem()))), extras));
                } else {
                    screened++;
                    Query q = ((PartyRows.Good) row).query();
                    int rank = 1;
                    for (Match m : screener.screen(q, threshold, top)) {
                        writer.write(concat(concat(hitRow(q, rank++, m, listVersion.apply(m.entry())),
                                List.of(line, "HIT", "")), extras));
                        hits++;
                    }
                    if (rank == 1) {
                        writer.write(concat(concat(concat(List.of(q.id()), none), List.of(line, "NO_HIT", "")),
                                extras));
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

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static String problemText(CsvException e) {
        return PartyRows.reason(e);
    }

    /**
     * One output row: the values under {@link #HEADER} for the {@code rank}-th hit of a query. The Spark
     * job writes its hits with this too, so both outputs have the same columns and formatting.
     */
    public static List<String> hitRow(Query q, int rank, Match m, String listVersion) {
        return List.of(q.id(), Integer.toString(rank), m.entry().id(), m.entry().list(),
                m.matchedName(), String.format(Locale.ROOT, "%.4f", m.score()), m.explanation().render(),
                listVersion == null ? "" : listVersion);
    }
}
