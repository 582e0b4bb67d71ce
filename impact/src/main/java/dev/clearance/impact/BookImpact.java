package dev.clearance.impact;

import dev.clearance.csv.CsvException;
import dev.clearance.input.BadRequestException;
import dev.clearance.determination.Determination;
import dev.clearance.orders.OrderLine;
import dev.clearance.orders.OrderReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs an impact over an order book: each line is determined on both sides and reported when the
 * answers differ. The book is streamed in batches: a batch is determined in parallel and reported in
 * file order, so memory stays bounded by the batch size however long the book is.
 */
public final class BookImpact {
    private static final int BATCH = 8192;
    private final ImpactSide before;
    private final ImpactSide after;

    public BookImpact(ImpactSide before, ImpactSide after) {
        this.before = before;
        this.after = after;
    }

    public ImpactSide before() {
        return before;
    }

    public ImpactSide after() {
        return after;
    }

    /** What a run reports as it goes. Calls come from one thread, in file order. */
    public interface Listener {
        /** The order book's header, before any line. */
        default void header(List<String> columns) throws IOException {
        }

        /** A line whose answer changed. */
        void changed(LineChange change) throws IOException;

        /** A line rejected as bad input; the run goes on. */
        default void rejected(CsvException problem) {
        }

        /** So many more lines were read. */
        default void progressed(long lines) {
        }
    }

    /**
     * Runs the impact over a book.
     *
     * @param file name of the book, used in errors
     * @throws CsvException when the header is missing or lacks a required column
     */
    public ImpactTotals run(String file, Reader in, Listener listener) throws IOException {
        return run(OrderReader.open(file, in), listener);
    }

    /** Runs the impact over an opened book (read in its own charset), closing it at the end. */
    public ImpactTotals run(OrderReader book, Listener listener) throws IOException {
        String file = book.file();
        ImpactTotals totals = new ImpactTotals();
        try (OrderReader reader = book) {
            listener.header(reader.header());
            List<OrderLine> batch = new ArrayList<>(BATCH);
            reader.forEach(new OrderReader.Lines() {
                @Override
                public void line(OrderLine line) throws IOException {
                    batch.add(line);
                    if (batch.size() == BATCH) {
                        flush(file, batch, totals, listener);
                    }
                }

                @Override
                public void rejected(CsvException e) throws IOException {
                    // A bad row is reported once its batch is, so messages keep file order.
                    flush(file, batch, totals, listener);
                    totals.rejected();
                    listener.rejected(e);
                    listener.progressed(1);
                }
            });
            flush(file, batch, totals, listener);
        }
        return totals;
    }

    private void flush(String file, List<OrderLine> batch, ImpactTotals totals, Listener listener) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        List<Object> outcomes = batch.parallelStream().map(l -> compare(file, l)).toList();
        for (Object o : outcomes) {
            if (o instanceof CsvException e) {
                totals.rejected();
                listener.rejected(e);
            } else if (o instanceof LineChange c) {
                totals.add(c);
                listener.changed(c);
            } else {
                totals.unchanged();
            }
        }
        listener.progressed(batch.size());
        batch.clear();
    }

    /** A LineChange, a CsvException for a line the engine cannot answer, or a marker for no change. */
    private Object compare(String file, OrderLine line) {
        try {
            Determination b = answer(before, line);
            Determination a = answer(after, line);
            if (b.sameAnswer(a)) {
                return Boolean.TRUE;
            }
            return new LineChange(line, b, a, Reasons.between(b, a));
        } catch (BadRequestException e) {
            return new CsvException(file, line.line(), e.field(), "column " + e.field() + ": " + e.reason());
        }
    }

    /** One side's answer; a side taken as of its own day says so, as that day, not the line's, may be at fault. */
    private static Determination answer(ImpactSide side, OrderLine line) {
        try {
            return side.determine(line.request());
        } catch (BadRequestException e) {
            if (side.day() == null || side.day().equals(line.request().date())) {
                throw e;
            }
            throw new BadRequestException(e.field(), "the line taken as of " + side.day() + ": " + e.reason());
        }
    }
}
