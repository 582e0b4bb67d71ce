package dev.clearance.impact;

import dev.clearance.csv.CsvException;
import dev.clearance.orders.OrderReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * One impact run over an order book as the CLI and the API make it: the changed lines written to a changes CSV (when
 * one is asked for), the first changed lines kept as examples for the report, and every rejected line kept with its
 * line number and reason (the first {@value #REJECTED_LISTED}; all are counted in the totals).
 */
public final class ImpactRun {
    /** Changed lines kept as the report's examples. */
    public static final int EXAMPLES = 100;
    /** Rejected lines listed with their reason; the totals count them all. */
    public static final int REJECTED_LISTED = 1000;

    private ImpactRun() {
    }

    /**
     * A line of the order book refused as bad input.
     *
     * @param line its line number in the file
     * @param column the column at fault, or null when the problem is not one column's
     * @param reason what is wrong with it
     */
    public record RejectedLine(long line, String column, String reason) {
        /** @return the refusal as a line of the run */
        public static RejectedLine of(CsvException e) {
            return new RejectedLine(e.line(), e.column(), e.reason());
        }
    }

    /**
     * What a run found.
     *
     * @param totals the counts, by destination, entry and licence type
     * @param examples the first {@value #EXAMPLES} changed lines
     * @param rejected the first {@value #REJECTED_LISTED} rejected lines with their reasons; {@code
     *     totals.rejectedLines()} counts them all
     */
    public record Outcome(ImpactTotals totals, List<LineChange> examples, List<RejectedLine> rejected) {
        /** Copies the lists. */
        public Outcome {
            examples = List.copyOf(examples);
            rejected = List.copyOf(rejected);
        }

        /** @return the run's counts and rejected lines under the two sides' labels */
        public Summary summary(String before, String after) {
            return new Summary(before, after, totals.lines(), totals.changedLines(), totals.rejectedLines(), rejected);
        }
    }

    /**
     * A run in brief, as the API answers it in JSON.
     *
     * @param before the label of the side before
     * @param after the label of the side after
     * @param lines order lines determined
     * @param changedLines lines whose answer changed
     * @param rejectedLines lines rejected as bad input (all of them)
     * @param rejected the first {@value #REJECTED_LISTED} rejected lines with their line numbers and reasons
     */
    public record Summary(String before, String after, long lines, long changedLines, long rejectedLines,
            List<RejectedLine> rejected) {
    }

    /**
     * Runs the impact over the book.
     *
     * @param impact the two sides compared
     * @param book the opened order book (closed at the end)
     * @param changes where to write the changed lines, or null for none
     * @param eachRejected told of every rejected line as it is met (e.g. to print it), in file order
     * @param progressed told how many more lines were read
     * @return what was found
     * @throws CsvException when the header is missing or lacks a required column
     * @throws IOException when reading the book or writing the changes fails
     */
    public static Outcome run(BookImpact impact, OrderReader book, ChangesCsv changes,
            Consumer<CsvException> eachRejected, LongConsumer progressed) throws IOException {
        List<LineChange> examples = new ArrayList<>();
        List<RejectedLine> rejected = new ArrayList<>();
        ImpactTotals totals = impact.run(book, new BookImpact.Listener() {
            @Override
            public void header(List<String> columns) throws IOException {
                if (changes != null) {
                    changes.header(columns);
                }
            }

            @Override
            public void changed(LineChange change) throws IOException {
                if (changes != null) {
                    changes.changed(change);
                }
                if (examples.size() < EXAMPLES) {
                    examples.add(change);
                }
            }

            @Override
            public void rejected(CsvException problem) {
                if (rejected.size() < REJECTED_LISTED) {
                    rejected.add(RejectedLine.of(problem));
                }
                eachRejected.accept(problem);
            }

            @Override
            public void progressed(long lines) {
                progressed.accept(lines);
            }
        });
        return new Outcome(totals, examples, rejected);
    }
}
