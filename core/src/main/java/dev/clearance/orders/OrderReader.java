package dev.clearance.orders;

import dev.clearance.csv.CsvException;
import dev.clearance.csv.CsvTable;
import dev.clearance.determination.EndUse;
import dev.clearance.determination.ExportRequest;
import dev.clearance.regime.Codes;
import dev.clearance.regime.Countries;
import dev.clearance.text.Excerpt;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Reads an order book: header {@code id,from,to,item,date} with optional
 * {@code cas,hs,end_use,end_user,informed,value,currency,us_content}, in any order, extra columns kept. A bad row throws a
 * {@link CsvException} naming its line; the caller reports it and reads on.
 */
public final class OrderReader implements Closeable {
    /** The columns every order book has. */
    public static final List<String> REQUIRED = List.of("id", "from", "to", "item", "date");
    /**
     * The columns an order book takes: the required ones, the optional ones read here, and the consignee columns
     * the workload reads ({@code consignee}, {@code customer}); any other is refused unless declared extra.
     */
    public static final CsvTable.Columns COLUMNS = CsvTable.Columns.of(REQUIRED, List.of("cas", "hs", "end_use",
            "end_user", "informed", "value", "currency", "us_content", "consignee", "customer"));
    private static final String EAR99 = "EAR99";
    private final CsvTable table;
    private CsvTable.Row last;

    private OrderReader(CsvTable table) {
        this.table = table;
    }

    /** Opens an order book; a missing header column is a CsvException naming the file. */
    public static OrderReader open(String file, Reader in) throws IOException {
        return new OrderReader(CsvTable.open(file, in, COLUMNS));
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
        return new OrderReader(CsvTable.open(file, in, charset, COLUMNS.withExtra(extra)));
    }

    /**
     * The fields of the row read last, padded to the header's width, so a refused row can be written out with the
     * rest; empty when the last row could not be read at all.
     */
    public List<String> lastFields() {
        return last == null ? java.util.Collections.nCopies(table.header().size(), "") : last.fields();
    }

    /** @return the line of the row read last, or -1 when it could not be read */
    public long lastLine() {
        return last == null ? -1 : last.line();
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
        String from = row.get("from").toUpperCase(Locale.ROOT);
        if (!from.matches("[A-Z]{2}")) {
            throw row.error("from", "expected the exporting jurisdiction, e.g. JP: " + Excerpt.quote(row.get("from")));
        }
        String to = row.get("to").toUpperCase(Locale.ROOT);
        if (!Countries.isValid(to)) {
            throw row.error("to", "unknown ISO 3166-1 alpha-2 country code " + Excerpt.quote(row.get("to")));
        }
        String item = row.get("item");
        String code = null;
        if (item.equalsIgnoreCase(EAR99)) {
            // Goods on no ECCN, as the CLI and the API take them: the US regime decides on them, others refuse them.
            code = EAR99;
        } else if (!item.equalsIgnoreCase("NONE") && !item.isEmpty()) {
            code = Codes.canonical(item);
            if (!Codes.isValid(code)) {
                throw row.error("item", "not a control-list code like 3C002.a.2, nor EAR99 or NONE: "
                        + Excerpt.quote(item));
            }
        } else if (item.isEmpty()) {
            throw row.error("item", "empty: give a control-list code or NONE");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(row.get("date"));
        } catch (DateTimeParseException e) {
            throw row.error("date", "not a date (YYYY-MM-DD): " + Excerpt.quote(row.get("date")));
        }
        EndUse endUse = EndUse.CIVIL;
        if (!row.get("end_use").isEmpty()) {
            endUse = EndUse.parse(row.get("end_use"));
            if (endUse == null) {
                throw row.error("end_use", "expected civil, wmd, conventional-weapons or unknown: "
                        + Excerpt.quote(row.get("end_use")));
            }
        }
        boolean informed = switch (row.get("informed").toLowerCase(Locale.ROOT)) {
            case "", "false", "no", "0", "n" -> false;
            case "true", "yes", "1", "y" -> true;
            default -> throw row.error("informed", "expected true or false: " + Excerpt.quote(row.get("informed")));
        };
        String cas = blankToNull(row.get("cas"));
        String hs = blankToNull(row.get("hs"));
        String endUser = blankToNull(row.get("end_user"));
        java.math.BigDecimal value = decimal(row, "value");
        String currency = blankToNull(row.get("currency").toUpperCase(Locale.ROOT));
        if (value != null && (currency == null || !currency.matches("[A-Z]{3}"))) {
            throw row.error("currency", "a value needs its ISO 4217 currency, e.g. USD: '" + row.get("currency") + "'");
        }
        if (value == null && currency != null) {
            throw row.error("value", "empty, but a currency is given");
        }
        java.math.BigDecimal usContent = decimal(row, "us_content");
        if (usContent != null && usContent.compareTo(new java.math.BigDecimal("100")) > 0) {
            throw row.error("us_content", "a percentage from 0 to 100: '" + row.get("us_content") + "'");
        }
        return new OrderLine(id, row.line(), row.fields(), new ExportRequest(from, to, code, cas, hs, date, endUse, null,
                informed, value, value == null ? null : currency), endUser, usContent);
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
    }

    /** Reads the whole book, handing every line, good or bad, to {@code lines} in file order. */
    public void forEach(Lines lines) throws IOException {
        while (true) {
            OrderLine line;
            try {
                line = next();
            } catch (CsvException e) {
                lines.rejected(e);
                continue;
            }
            if (line == null) {
                return;
            }
            try {
                lines.line(line);
            } catch (CsvException e) {
                lines.rejected(e);
            }
        }
    }

    /** The engine's refusal of a line, as a CSV problem naming this file, the line and the column. */
    public CsvException rejection(OrderLine line, dev.clearance.determination.BadRequestException e) {
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
