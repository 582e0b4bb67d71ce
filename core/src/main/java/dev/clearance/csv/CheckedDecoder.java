package dev.clearance.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayDeque;
import java.util.Locale;

/**
 * Decodes bytes in a charset and, instead of failing the whole stream on bytes that are not valid in it, puts
 * U+FFFD in their place and remembers where (the character offset), so the reader can refuse exactly the line
 * they are on and keep every other line.
 */
final class CheckedDecoder extends Reader {
    /** Bytes not valid in the charset, at a character offset of the decoded text. */
    record Bad(long offset, String bytes) {
    }

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 14);
    private final CharBuffer chars = CharBuffer.allocate(1 << 14);
    private final ArrayDeque<Bad> bad = new ArrayDeque<>();
    private boolean eof;
    private boolean flushed;
    private long emitted;
    private String pending;

    CheckedDecoder(InputStream in, Charset charset) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
        chars.flip();
    }

    Charset charset() {
        return charset;
    }

    /** The earliest bad-byte place not yet taken, or null. */
    Bad peekBad() {
        return bad.peekFirst();
    }

    Bad pollBad() {
        return bad.pollFirst();
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (flushed) {
                return -1;
            }
            fill();
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        return n;
    }

    private void fill() throws IOException {
        chars.clear();
        try {
            if (pending != null) {
                replace(pending);
                pending = null;
            }
            while (chars.position() == 0 && !flushed) {
                CoderResult r = decoder.decode(bytes, chars, eof);
                if (r.isError()) {
                    StringBuilder hex = new StringBuilder();
                    for (int i = 0; i < r.length(); i++) {
                        hex.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes.get() & 0xFF));
                    }
                    if (!chars.hasRemaining()) {
                        // no room for the replacement: the caller takes what is decoded first
                        pending = hex.toString();
                        break;
                    }
                    replace(hex.toString());
                } else if (r.isOverflow()) {
                    break;
                } else if (eof) {
                    decoder.flush(chars);
                    flushed = true;
                } else {
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        eof = true;
                    } else {
                        bytes.position(bytes.position() + n);
                    }
                    bytes.flip();
                }
            }
        } finally {
            chars.flip();
            emitted += chars.remaining();
        }
    }

    private void replace(String hex) {
        bad.add(new Bad(emitted + chars.position(), hex));
        chars.put('\uFFFD');
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
