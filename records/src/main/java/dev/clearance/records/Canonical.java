package dev.clearance.records;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Unambiguous length-prefixed serialisation fed straight into SHA-256. */
public final class Canonical {
    private final MessageDigest digest = sha256();

    public Canonical(String tag) {
        add(tag);
    }

    public Canonical add(String value) {
        if (value == null) {
            digest.update("-;".getBytes(StandardCharsets.US_ASCII));
        } else {
            byte[] bytes = utf8(value);
            int length = utf8Length;
            digest.update((length + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes, 0, length);
            digest.update((byte) ';');
        }
        return this;
    }

    private char[] chars = new char[0];
    private byte[] utf8 = new byte[0];
    private int utf8Length;

    /**
     * The UTF-8 bytes of {@code value} in a buffer reused by this instance ({@link #utf8Length} of them), exactly as
     * {@link String#getBytes} with UTF-8 gives them. Why not getBytes: a text holding any character beyond Latin-1 (a
     * Japanese word, an arrow in an audit record's outputs) is encoded there one checked character at a time, and an
     * audit record's outputs run to many kilobytes; a text with a surrogate is left to getBytes (its rules for a lone
     * surrogate are the ones the stored hashes were made with).
     */
    private byte[] utf8(String value) {
        int n = value.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, 2 * chars.length)];
            utf8 = new byte[3 * chars.length];
        }
        char[] in = chars;
        byte[] out = utf8;
        value.getChars(0, n, in, 0);
        int at = 0;
        for (int i = 0; i < n; i++) {
            char c = in[i];
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                utf8Length = bytes.length;
                return bytes;
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        utf8Length = at;
        return out;
    }

    public String sha256Hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }
}
