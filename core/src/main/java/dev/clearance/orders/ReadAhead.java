package dev.clearance.orders;

import dev.clearance.csv.CsvException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads an order book on a second thread, ahead of the thread that determines its lines: parsing a line costs about
 * as much as determining it, so the two together use both cores of a small machine. Lines travel in batches, in
 * file order, through a queue a few batches deep (memory stays bounded however long the book). A read failure
 * travels as the last event, so the caller sees it after every line before it, as a plain loop would. Internal.
 */
final class ReadAhead {
    private static final int BATCH = 256;
    private static final int DEPTH = 8;
    private static final long POLL_MS = 100;

    /** One thing the reader found: a line, a refused row, the end, or a failure that ends the reading. */
    private sealed interface Event permits Good, Bad, End, Failed {
    }

    private record Good(OrderLine line) implements Event {
    }

    private record Bad(CsvException problem, List<String> fields) implements Event {
    }

    private record End() implements Event {
    }

    private record Failed(Throwable cause) implements Event {
    }

    private ReadAhead() {
    }

    static void forEach(OrderReader reader, OrderReader.Lines lines) throws IOException {
        BlockingQueue<List<Event>> queue = new ArrayBlockingQueue<>(DEPTH);
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        Thread producer = new Thread(() -> produce(reader, queue, stopped), "order-book-reader");
        producer.setDaemon(true);
        producer.start();
        try {
            consume(queue, lines);
        } finally {
            // the caller may stop early (its own failure): the reader must not go on filling the queue
            stopped.set(true);
            producer.interrupt();
            joinQuietly(producer);
        }
    }

    private static void consume(BlockingQueue<List<Event>> queue, OrderReader.Lines lines) throws IOException {
        while (true) {
            List<Event> batch;
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading the order book");
            }
            for (Event event : batch) {
                if (event instanceof Good g) {
                    try {
                        lines.line(g.line());
                    } catch (CsvException e) {
                        lines.rejected(e, g.line().fields());
                    }
                } else if (event instanceof Bad b) {
                    lines.rejected(b.problem(), b.fields());
                } else if (event instanceof Failed f) {
                    throw rethrown(f.cause());
                } else {
                    return;
                }
            }
        }
    }

    private static void produce(OrderReader reader, BlockingQueue<List<Event>> queue,
                                java.util.concurrent.atomic.AtomicBoolean stopped) {
        List<Event> batch = new ArrayList<>(BATCH);
        try {
            while (true) {
                Event event;
                try {
                    OrderLine line = reader.next();
                    event = line == null ? new End() : new Good(line);
                } catch (CsvException e) {
                    event = new Bad(e, reader.fieldsOf(e));
                } catch (IOException | RuntimeException | Error e) {
                    event = new Failed(e);
                }
                batch.add(event);
                boolean last = event instanceof End || event instanceof Failed;
                if (last || batch.size() == BATCH) {
                    if (!hand(queue, batch, stopped) || last) {
                        return;
                    }
                    batch = new ArrayList<>(BATCH);
                }
            }
        } catch (InterruptedException e) {
            // the caller stopped reading: nothing waits for the rest
        }
    }

    /** Puts a batch on the queue, waiting while it is full; false when the caller has stopped. */
    private static boolean hand(BlockingQueue<List<Event>> queue, List<Event> batch,
                                java.util.concurrent.atomic.AtomicBoolean stopped) throws InterruptedException {
        while (!queue.offer(batch, POLL_MS, TimeUnit.MILLISECONDS)) {
            if (stopped.get()) {
                return false;
            }
        }
        return true;
    }

    private static IOException rethrown(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        // the reader catches only IOException, RuntimeException and Error
        throw (Error) cause;
    }

    private static void joinQuietly(Thread producer) {
        boolean interrupted = false;
        while (producer.isAlive()) {
            try {
                producer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
