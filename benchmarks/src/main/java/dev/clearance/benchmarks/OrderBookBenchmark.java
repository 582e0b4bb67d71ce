package dev.clearance.benchmarks;

import dev.clearance.csv.CsvException;
import dev.clearance.csv.CsvWriter;
import dev.clearance.determination.Determination;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.input.BadRequestException;
import dev.clearance.orders.OrderLine;
import dev.clearance.orders.OrderReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An order book CSV to CSV in memory, as {@code determine --in} does it (read, parse, determine, write each line):
 * {@link OrderReader#forEach}, which reads ahead on a second thread, against the simple alternative of a plain loop
 * over {@link OrderReader#next} on one thread. The book is 100,000 lines shaped like
 * {@code examples/generate_book.py}'s (listed and unlisted goods, JP/KR to six destinations, 2019-2023).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar OrderBook}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OrderBookBenchmark {
    private static final int LINES = 100_000;
    private byte[] book;
    private DeterminationEngine engine;

    @Setup
    public void setUp() {
        engine = DeterminationEngine.bundled();
        Random r = new Random(42);
        String[][] items = {{"3C002", ""}, {"3C002.a.2", ""}, {"1C350", "7664-39-3"}, {"1C350", ""},
            {"1C009.b", ""}, {"2B001", ""}, {"NONE", ""}};
        String[] to = {"KR", "US", "CN", "TH", "JP", "DE"};
        String[] uses = {"civil", "wmd", "conventional-weapons", "unknown"};
        StringBuilder b = new StringBuilder("id,from,to,item,date,cas,hs,end_use,end_user,informed,consignee\n");
        LocalDate first = LocalDate.of(2019, 1, 1);
        for (int i = 0; i < LINES; i++) {
            String dest = to[r.nextInt(to.length)];
            String from = dest.equals("JP") ? "KR" : dest.equals("KR") ? "JP" : r.nextBoolean() ? "JP" : "KR";
            String[] item = items[r.nextInt(items.length)];
            boolean none = item[0].equals("NONE");
            b.append('L').append(i).append(',').append(from).append(',').append(dest).append(',').append(item[0])
                    .append(',').append(first.plusDays(r.nextInt(1826))).append(',').append(item[1]).append(',')
                    .append(none ? new String[] {"", "2811", "0901"}[r.nextInt(3)] : "").append(',')
                    .append(none ? uses[r.nextInt(uses.length)] : "civil").append(",,")
                    .append(r.nextInt(10) == 0).append(",Consignee ").append(r.nextInt(5)).append('\n');
        }
        book = b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@link OrderReader#forEach}: parsing on a second thread, determining and writing on this one. */
    @Benchmark
    public long readAhead() throws IOException {
        Counting out = new Counting();
        try (OrderReader reader = open(); CsvWriter writer = new CsvWriter(out)) {
            reader.forEach(new OrderReader.Lines() {
                @Override
                public void line(OrderLine line) throws IOException {
                    write(reader, line, writer);
                }

                @Override
                public void rejected(CsvException problem) {
                    out.rejected++;
                }
            });
        }
        return out.chars + out.rejected;
    }

    /** The alternative: one thread reads, parses, determines and writes each line in turn. */
    @Benchmark
    public long plainLoop() throws IOException {
        Counting out = new Counting();
        try (OrderReader reader = open(); CsvWriter writer = new CsvWriter(out)) {
            while (true) {
                OrderLine line;
                try {
                    line = reader.next();
                } catch (CsvException e) {
                    out.rejected++;
                    continue;
                }
                if (line == null) {
                    break;
                }
                try {
                    write(reader, line, writer);
                } catch (CsvException e) {
                    out.rejected++;
                }
            }
        }
        return out.chars + out.rejected;
    }

    private OrderReader open() throws IOException {
        return OrderReader.open("book.csv", new ByteArrayInputStream(book), StandardCharsets.UTF_8);
    }

    private void write(OrderReader reader, OrderLine line, CsvWriter writer) throws IOException {
        Determination d;
        try {
            d = engine.determine(line.request());
        } catch (BadRequestException e) {
            throw reader.rejection(line, e);
        }
        List<String> row = new ArrayList<>(line.fields());
        row.add(Boolean.toString(d.licenceRequired()));
        row.add(String.join("|", d.licenceOptions()));
        row.add(Boolean.toString(d.catchAll()));
        row.add(d.reviewDays() == null ? "" : d.reviewDays().toString());
        row.add(Boolean.toString(d.prohibited()));
        row.add(d.confidence().word());
        row.add(Long.toString(line.line()));
        writer.write(row);
    }

    /** A writer that only counts, so the benchmark measures the book's work and not a disk. */
    private static final class Counting extends Writer {
        long chars;
        long rejected;

        @Override
        public void write(char[] buf, int off, int len) {
            chars += len;
        }

        @Override
        public void write(int c) {
            chars++;
        }

        @Override
        public void write(String s, int off, int len) {
            chars += len;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
