package dev.clearance.orders;

import dev.clearance.csv.CsvException;
import dev.clearance.csv.CsvTable;
import dev.clearance.determination.ExportRequest;
import dev.clearance.input.BadRequestException;
import dev.clearance.request.ExportRequestForm;
import dev.clearance.request.ProductItems;
import dev.clearance.request.ProductRequest;
import dev.clearance.request.RequestFields;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * Reads an order book: header {@code id,from,to,item,date} with optional
 * {@code cas,hs,end_use,end_user,informed,value,currency,us_content,region,headquarters}, in any order, extra columns kept. A line may
 * name a {@code product} of the product master instead of an {@code item} (its approved classification for the
 * exporting regime in force on the line's date is used, and cited): the header has {@code item}, {@code product} or both. A bad row throws a
 * {@link CsvException} naming its line; the caller reports it and reads on.
 */
public final class OrderReader implements Closeable {
    /** The columns every order book has. */
    public static final List<String> REQUIRED = List.of("id", "from", "to", "date");
    /** The columns naming the good: a book has at least one of them. */
    public static final List<String> GOODS = List.of("item", "product");
    /**
     * The columns an order book takes: the required ones, the optional ones read here, and the consignee columns
     * the workload reads ({@code consignee}, {@code customer}); any other is refused unless declared extra.
     */
    public static final CsvTable.Columns COLUMNS = CsvTable.Columns.of(REQUIRED, List.of("item", "product", "cas", "hs", "end_use",
            "end_user", "informed", "value", "currency", "us_content", "region", "headquarters", "consignee", "customer"))
            .needingOneOf(GOODS);
    private final CsvTable table;
    private final ProductItems products;
    private CsvTable.Row last;

    private OrderReader(CsvTable table, ProductItems products) throws CsvException {
        this.table = table;
        this.products = products;
        if (table.header().stream().map(CsvTable::columnKey).noneMatch(GOODS::contains)) {
            try {
                table.close();
            } catch (IOException e) {
                // refused already; the close adds nothing to say
            }
            throw new CsvException(table.file(), 1, "header lacks column(s) item (or product, a product of the"
                    + " product master)");
        }
    }

    /** Opens an order book; a missing header column is a CsvException naming the file. */
    public static OrderReader open(String file, Reader in) throws IOException {
        return new OrderReader(CsvTable.open(file, in, COLUMNS), ProductItems.NONE);
    }

    /**
     * Opens an order book of bytes in {@code charset}; a line with bytes not valid in it is a rejected line
     * naming it, and the other lines are read.
     */
    public static OrderReader open(String file, java.io.InputStream in, java.nio.charset.Charset charset)
            throws IOException {
        return open(file, in, charset, List.of());
    }

    /**
     * As {@link #open(String, java.io.InputStream, java.nio.charset.Charset)}, carrying the user's {@code extra}
     * columns through unread; any other unknown column is refused naming it.
     */
    public static OrderReader open(String file, java.io.InputStream in, java.nio.charset.Charset charset,
                                   java.util.Collection<String> extra) throws IOException {
        return open(file, in, charset, extra, ProductItems.NONE);
    }

    /**
     * As {@link #open(String, java.io.InputStream, java.nio.charset.Charset, java.util.Collection)}, reading the
     * {@code product} column against this product master.
     */
    public static OrderReader open(String file, java.io.InputStream in, java.nio.charset.Charset charset,
                                   java.util.Collection<String> extra, ProductItems products) throws IOException {
        return new OrderReader(CsvTable.open(file, in, charset, COLUMNS.withExtra(extra)), products);
    }

    /**
     * The fields of the row a problem of {@link #next} names, padded to the header's width, so a refused row can be
     * written out with the rest; all empty when the row could not be read at all.
     */
    List<String> fieldsOf(CsvException problem) {
        return last != null && last.line() == problem.line() ? last.fields()
                : java.util.Collections.nCopies(table.header().size(), "");
    }

    /** The name errors give the book. */
    public String file() {
        return table.file();
    }

    public List<String> header() {
        return table.header();
    }

    /**
     * The next order line, or null at the end.
     *
     * @throws CsvException for a bad row, naming its line and column; the next call reads the following row
     */
    public OrderLine next() throws IOException {
        last = null;
        CsvTable.Row row = table.next();
        last = row;
        if (row == null) {
            return null;
        }
        String id = row.get("id");
        if (id.isEmpty()) {
            throw row.error("id", "empty");
        }
        ProductRequest request;
        try {
            request = ProductRequest.parse(new ExportRequestForm(row.get("from"), row.get("to"), row.get("item"),
                    row.get("cas"), row.get("hs"), row.get("date"), row.get("end_use"), row.get("informed"),
                    row.get("value"), row.get("currency"), row.get("region"), row.get("headquarters")), row.get("product"),
                    RequestFields.CSV, "product", products);
        } catch (BadRequestException e) {
            throw row.error(e.field(), e.reason());
        }
        String endUser = blankToNull(row.get("end_user"));
        java.math.BigDecimal usContent = decimal(row, "us_content");
        if (usContent != null && usContent.compareTo(new java.math.BigDecimal("100")) > 0) {
            throw row.error("us_content", "a percentage from 0 to 100: '" + row.get("us_content") + "'");
        }
        return new OrderLine(id, row.line(), row.fields(), request.request(), endUser, usContent, request);
    }

    private static java.math.BigDecimal decimal(CsvTable.Row row, String column) {
        String text = row.get(column).replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(text);
            if (d.signum() < 0) {
                throw row.error(column, "must not be negative: '" + row.get(column) + "'");
            }
            return d;
        } catch (NumberFormatException e) {
            throw row.error(column, "not a number: '" + row.get(column) + "'");
        }
    }

    /** What to do with each line of an order book. */
    public interface Lines {
        /** A good line; throw a {@link CsvException} (see {@link #rejection}) to reject it after all. */
        void line(OrderLine line) throws IOException;

        /** A bad line, its message naming file and line. */
        void rejected(CsvException problem) throws IOException;

        /**
         * A bad line with its row's fields, padded to the header's width (all empty when the row could not be
         * read), for a caller that writes refused rows out with the rest; by default {@link #rejected(CsvException)}.
         */
        default void rejected(CsvException problem, List<String> fields) throws IOException {
            rejected(problem);
        }
    }

    /**
     * Reads the whole book, handing every line, good or bad, to {@code lines} in file order, on the calling
     * thread. A second thread reads and parses the lines ahead of it (a bounded queue between them), so reading
     * and what {@code lines} does with each share the machine's cores; a failure of reading reaches the caller
     * where it happened in the file, after every line before it.
     */
    public void forEach(Lines lines) throws IOException {
        ReadAhead.forEach(this, lines);
    }

    /** The engine's refusal of a line, as a CSV problem naming this file, the line and the column. */
    public CsvException rejection(OrderLine line, BadRequestException e) {
        return new CsvException(table.file(), line.line(), "column " + e.field() + ": " + e.reason());
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    @Override
    public void close() throws IOException {
        table.close();
    }
}
