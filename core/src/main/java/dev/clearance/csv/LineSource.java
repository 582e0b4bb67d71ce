package dev.clearance.csv;

import java.io.IOException;
import java.io.Reader;

/**
 * Physical lines of a text (ended by LF, CRLF or a lone CR), numbered from 1, each with its terminator and the
 * first place where its bytes were not valid in the file's charset. A line longer than the limit is cut there
 * (the rest is read and dropped) and marked, so one huge line costs no more memory than the limit.
 */
final class LineSource {
    /**
     * One line.
     *
     * @param number     1-based line number
     * @param text       the line without its terminator (cut at the limit when {@code length} is larger)
     * @param terminator {@code "\n"}, {@code "\r\n"}, {@code "\r"}, or {@code ""} at the end of the input
     * @param badBytes   the first bytes on the line not valid in the charset (hex), or null
     * @param badColumn  1-based character position of those bytes on the line
     * @param length     the line's full length in characters
     */
    record Line(long number, String text, String terminator, String badBytes, int badColumn, long length) {
        boolean cut() {
            return length > text.length();
        }
    }

    private final Reader in;
    private final CheckedDecoder decoder;
    private final int limit;
    private final char[] buf = new char[1 << 14];
    private int pos;
    private int end;
    private long offset; // character offset of buf[pos] in the whole text
    private long number;
    private boolean done;

    LineSource(Reader in, int limit) {
        this.in = in;
        this.decoder = in instanceof CheckedDecoder d ? d : null;
        this.limit = limit;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        if (done) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        long start = offset;
        long length = 0;
        String terminator = "";
        while (true) {
            if (pos == end && !fill()) {
                done = true;
                if (length == 0) {
                    return null;
                }
                break;
            }
            char c = buf[pos++];
            offset++;
            if (c == '\n') {
                terminator = "\n";
                break;
            }
            if (c == '\r') {
                if (pos == end && !fill()) {
                    done = true;
                } else if (buf[pos] == '\n') {
                    pos++;
                    offset++;
                    terminator = "\r\n";
                    break;
                }
                terminator = "\r";
                break;
            }
            if (length < limit) {
                text.append(c);
            }
            length++;
        }
        number++;
        String badBytes = null;
        int badColumn = 0;
        if (decoder != null) {
            // every bad place before the end of this line belongs to it (or to an earlier line, already reported)
            for (CheckedDecoder.Bad b = decoder.peekBad(); b != null && b.offset() < offset; b = decoder.peekBad()) {
                decoder.pollBad();
                if (badBytes == null && b.offset() >= start) {
                    badBytes = b.bytes();
                    badColumn = (int) Math.min(Integer.MAX_VALUE, b.offset() - start + 1);
                }
            }
        }
        return new Line(number, text.toString(), terminator, badBytes, badColumn, length);
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }

    void close() throws IOException {
        in.close();
    }
}
