package dev.clearance.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams RFC 4180 records: quoted fields may hold separators, doubled quotes and line breaks. Each record
 * remembers the line it started on, so errors can name it. This is the one CSV reader of Clearance: every
 * CSV way in (files, uploads, list files) reads through it.
 *
 * <p><b>A bad record never costs a good one.</b> {@link #next()} throws a {@link CsvException} naming the file
 * and line for a record it cannot read, and the following call reads on:
 * <ul>
 *   <li><b>Unclosed quote.</b> A quoted field may continue over line breaks, but not over a line that is a
 *       complete row on its own: a line whose quotes all pair up, with no stray quote, which splits into
 *       exactly as many fields as the file's rows have (the header's width, else the first record's). Such a
 *       line, or the end of the input, or text after the closing quote of a field that spanned lines, means
 *       the quote was never closed: the error names the line where the field opened, and reading resumes at
 *       the line after it, so the rows the quote would have swallowed are read as rows.</li>
 *   <li><b>Bytes not valid in the charset</b> (only when reading bytes, see {@link #open}): the record is
 *       refused naming the line and the bytes; every other line is kept.</li>
 *   <li><b>A record longer than the limit</b> ({@value #MAX_RECORD_CHARS} characters by default) is refused
 *       without being held in memory.</li>
 * </ul>
 *
 * <p>Lenient where real files are: a stray quote inside an unquoted field, or text after the closing quote
 * of a one-line field, is kept as text; 0x1A (DOS end-of-file, as in OFAC's files) outside quotes is
 * ignored; a BOM is dropped.
 */
public final class CsvReader implements Closeable {
    /** Longest record read by default, in characters. */
    public static final int MAX_RECORD_CHARS = 1 << 20;
    private static final char EOF_MARK = 0x1A;
    private final String file;
    private final LineSource source;
    private final char separator;
    private final int maxRecordChars;
    private final String charsetName;
    private final ArrayDeque<LineSource.Line> pushedBack = new ArrayDeque<>();
    private int width = -1;
    private boolean first = true;

    /** Reads text named {@code input} in errors. */
    public CsvReader(Reader reader) {
        this("input", reader);
    }

    public CsvReader(Reader reader, char separator) {
        this("input", reader, separator, MAX_RECORD_CHARS);
    }

    /** @param file the name errors give the input */
    public CsvReader(String file, Reader reader) {
        this(file, reader, ',', MAX_RECORD_CHARS);
    }

    /**
     * @param file           the name errors give the input
     * @param separator      field separator
     * @param maxRecordChars longest record accepted
     */
    public CsvReader(String file, Reader reader, char separator, int maxRecordChars) {
        this.file = file;
        this.source = new LineSource(reader, maxRecordChars);
        this.separator = separator;
        this.maxRecordChars = maxRecordChars;
        this.charsetName = reader instanceof CheckedDecoder d ? d.charset().name() : "";
    }

    /**
     * Reads bytes in {@code charset}: a line with bytes not valid in it is refused, naming the line, and the
     * other lines are read (never mojibake, never the whole file lost).
     */
    public static CsvReader open(String file, InputStream in, Charset charset) {
        return new CsvReader(file, new CheckedDecoder(in, charset), ',', MAX_RECORD_CHARS);
    }

    /** The name errors give the input. */
    public String file() {
        return file;
    }

    /** Sets how many fields a row has (the header's width), used to find where an unclosed quote ends. */
    public void expectFields(int fields) {
        this.width = fields;
    }

    /**
     * The next record, or {@code null} at the end of input.
     *
     * @throws CsvException for a record that cannot be read (see the class comment); the next call reads on
     */
    public CsvRecord next() throws IOException {
        LineSource.Line line = line();
        if (first) {
            first = false;
            if (line != null && line.text().startsWith("\uFEFF")) {
                line = new LineSource.Line(line.number(), line.text().substring(1), line.terminator(),
                        line.badBytes(), Math.max(0, line.badColumn() - 1), line.length() - 1);
            }
        }
        while (line != null && isEofMarks(line.text()) && !line.text().isEmpty()) {
            line = line();
        }
        if (line == null) {
            return null;
        }
        CsvRecord record = parse(line);
        if (width < 0) {
            width = record.size();
        }
        return record;
    }

    private LineSource.Line line() throws IOException {
        return pushedBack.isEmpty() ? source.next() : pushedBack.pollFirst();
    }

    /** The number of fields of the last row read, to size the next row's list. */
    private int lastWidth;

    private CsvRecord parse(LineSource.Line start) throws IOException {
        List<LineSource.Line> lines = new ArrayList<>(1);
        lines.add(start);
        // sized like the row before: a table's rows mostly have its header's width
        List<String> fields = new ArrayList<>(Math.max(10, lastWidth));
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int openColumn = 0;
        long chars = start.length();
        LineSource.Line line = start;
        String text = line.text();
        int i = 0;
        while (true) {
            if (line.cut()) {
                throw tooLong(start, lines);
            }
            if (i == text.length()) {
                if (!quoted) {
                    fields.add(field.toString());
                    break;
                }
                LineSource.Line more = line();
                if (more == null || rowOnItsOwn(more.text())) {
                    if (more != null) {
                        pushedBack.addFirst(more);
                    }
                    throw unclosed(start, lines, openColumn, more == null ? "the end of the input"
                            : "line " + more.number() + ", which is a row of its own");
                }
                chars += more.length() + line.terminator().length();
                if (chars > maxRecordChars) {
                    pushedBack.addFirst(more);
                    throw tooLong(start, lines);
                }
                field.append(line.terminator());
                lines.add(more);
                line = more;
                text = line.text();
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i < text.length() && text.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                    if (lines.size() > 1 && i < text.length() && text.charAt(i) != separator) {
                        // a field that spanned lines must end at a separator or the line's end: anything else
                        // means its opening quote was never closed and this quote opened a later field
                        throw unclosed(start, lines, openColumn, "line " + line.number()
                                + ", where text follows the quote that would close it");
                    }
                }
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                openColumn = fields.size() + 1;
            } else if (c != EOF_MARK) {
                field.append(c);
            }
        }
        for (LineSource.Line l : lines) {
            if (l.badBytes() != null) {
                throw new CsvException(file, l.number(), "bytes " + l.badBytes() + " at character " + l.badColumn()
                        + " are not valid " + charsetName + " text (is the file in another encoding?)");
            }
        }
        lastWidth = fields.size();
        return new CsvRecord(start.number(), fields);
    }

    private CsvException unclosed(LineSource.Line start, List<LineSource.Line> lines, int column, String stop) {
        // resume at the line after the opening one: the swallowed lines are read again as rows
        for (int k = lines.size() - 1; k >= 1; k--) {
            pushedBack.addFirst(lines.get(k));
        }
        return new CsvException(file, start.number(), "unclosed quote: the quoted field " + column
                + " opened on this line is not closed before " + stop + "; the row is refused and the lines"
                + " after it are read as rows");
    }

    private CsvException tooLong(LineSource.Line start, List<LineSource.Line> lines) {
        for (int k = lines.size() - 1; k >= 1; k--) {
            pushedBack.addFirst(lines.get(k));
        }
        return new CsvException(file, start.number(), "record longer than " + maxRecordChars
                + " characters: refused");
    }

    /**
     * True when {@code text} is a complete row on its own: every quote pairs up (quotes open a field and close it
     * just before a separator or the end, doubled inside) and it splits into exactly the expected fields.
     */
    private boolean rowOnItsOwn(String text) {
        if (width < 1 || text.isEmpty()) {
            return false;
        }
        int fields = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        return false;
                    }
                    if (text.charAt(i) == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    i++;
                }
                if (i < n && text.charAt(i) != separator) {
                    return false;
                }
            } else {
                while (i < n && text.charAt(i) != separator) {
                    if (text.charAt(i) == '"') {
                        return false;
                    }
                    i++;
                }
            }
            if (i < n) {
                fields++;
                i++;
                if (i == n) {
                    break;
                }
            }
        }
        return fields == width;
    }

    private static boolean isEofMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != EOF_MARK) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
