package dev.clearance.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.csv.CsvException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link OrderReader#forEach} reads ahead on a second thread: what the caller sees must be exactly what a plain loop
 * over {@link OrderReader#next} gives, in file order, for books longer than the queue holds, with refused rows
 * carrying their fields, a read failure arriving after every line before it, and a caller's failure stopping the
 * reader.
 */
class ReadAheadTest {
    private static final String HEADER = "id,from,to,item,date,note\n";

    /** 10,000 lines, every 97th with a bad date, every 101st refused by the caller. */
    private static String book() {
        StringBuilder b = new StringBuilder(HEADER);
        for (int i = 0; i < 10_000; i++) {
            b.append('L').append(i).append(",JP,KR,3C002,").append(i % 97 == 5 ? "2019-13-01" : "2019-07-10")
                    .append(",n").append(i).append('\n');
        }
        return b.toString();
    }

    private static OrderReader open(InputStream in) throws IOException {
        return OrderReader.open("book.csv", in, StandardCharsets.UTF_8, List.of("note"));
    }

    /** What a plain loop over next() gives: an id per good line, "!line" per refused one. */
    private static List<String> plainly(String csv) throws IOException {
        List<String> seen = new ArrayList<>();
        try (OrderReader r = open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
            while (true) {
                try {
                    OrderLine l = r.next();
                    if (l == null) {
                        return seen;
                    }
                    seen.add(l.line() % 101 == 0 ? "!" + l.line() : l.id());
                } catch (CsvException e) {
                    seen.add("!" + e.line());
                }
            }
        }
    }

    @Test
    void theCallerSeesWhatAPlainLoopSeesInFileOrderWithTheRefusedRowsFields() throws IOException {
        String csv = book();
        List<String> seen = new ArrayList<>();
        List<List<String>> refusedFields = new ArrayList<>();
        try (OrderReader r = open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
            r.forEach(new OrderReader.Lines() {
                @Override
                public void line(OrderLine line) {
                    if (line.line() % 101 == 0) {
                        throw r.rejection(line, new dev.clearance.input.BadRequestException("item", "refused here"));
                    }
                    seen.add(line.id());
                }

                @Override
                public void rejected(CsvException problem) {
                    throw new AssertionError("the two-argument form is called");
                }

                @Override
                public void rejected(CsvException problem, List<String> fields) {
                    seen.add("!" + problem.line());
                    refusedFields.add(fields);
                }
            });
        }
        assertThat(seen).hasSize(10_000).isEqualTo(plainly(csv));
        // line 7 is data line 5 (bad date); its fields come with it, as do those of line 101 (refused by the caller)
        assertThat(refusedFields).contains(List.of("L5", "JP", "KR", "3C002", "2019-13-01", "n5"),
                List.of("L99", "JP", "KR", "3C002", "2019-07-10", "n99"));
    }

    @Test
    void aReadFailureArrivesAfterEveryLineBeforeIt() throws IOException {
        byte[] good = book().getBytes(StandardCharsets.UTF_8);
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        List<String> seen = new ArrayList<>();
        try (OrderReader r = open(new SequenceInputStream(new ByteArrayInputStream(good), failing))) {
            assertThatThrownBy(() -> r.forEach(new OrderReader.Lines() {
                @Override
                public void line(OrderLine line) {
                    seen.add(line.id());
                }

                @Override
                public void rejected(CsvException problem) {
                    seen.add("!" + problem.line());
                }
            })).isInstanceOf(IOException.class).hasMessageContaining("disk gone");
        }
        // a plain loop stops at the same place: the lines whose bytes were read before the failure
        List<String> plain = new ArrayList<>();
        try (OrderReader r = open(new SequenceInputStream(new ByteArrayInputStream(good), failing))) {
            assertThatThrownBy(() -> {
                for (OrderLine l = next(r, plain); l != null; l = next(r, plain)) {
                    plain.add(l.id());
                }
            }).isInstanceOf(IOException.class).hasMessageContaining("disk gone");
        }
        assertThat(seen).hasSizeGreaterThan(9_000).isEqualTo(plain);
    }

    private static OrderLine next(OrderReader r, List<String> seen) throws IOException {
        while (true) {
            try {
                return r.next();
            } catch (CsvException e) {
                seen.add("!" + e.line());
            }
        }
    }

    @Test
    void aCallersFailureStopsTheReader() throws Exception {
        String csv = book();
        int[] lines = new int[1];
        try (OrderReader r = open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
            assertThatThrownBy(() -> r.forEach(new OrderReader.Lines() {
                @Override
                public void line(OrderLine line) throws IOException {
                    if (++lines[0] == 3) {
                        throw new IOException("output full");
                    }
                }

                @Override
                public void rejected(CsvException problem) {
                }
            })).isInstanceOf(IOException.class).hasMessage("output full");
        }
        assertThat(lines[0]).isEqualTo(3);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("order-book-reader"));
    }
}
