package dev.clearance.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Canonical encodes texts itself (for speed); the hashes stored in audit records and fingerprints were made with
 * {@link String#getBytes}, so every text must hash exactly as its getBytes bytes do.
 */
class CanonicalTest {

    /** The canonical form written out with getBytes, as the stored hashes were made. */
    private static String expected(String tag, String... values) throws Exception {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        for (String v : prepend(tag, values)) {
            if (v == null) {
                d.update("-;".getBytes(StandardCharsets.US_ASCII));
            } else {
                byte[] b = v.getBytes(StandardCharsets.UTF_8);
                d.update((b.length + ":").getBytes(StandardCharsets.US_ASCII));
                d.update(b);
                d.update((byte) ';');
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static String[] prepend(String tag, String[] values) {
        String[] all = new String[values.length + 1];
        all[0] = tag;
        System.arraycopy(values, 0, all, 1, values.length);
        return all;
    }

    private static String hash(String tag, String... values) {
        Canonical c = new Canonical(tag);
        for (String v : values) {
            c.add(v);
        }
        return c.sha256Hex();
    }

    @Test
    void textsOfEveryKindHashAsTheirUtf8Bytes() throws Exception {
        String[] texts = {"", "plain ASCII", "Müller §740", "輸出規制 → キャッチオール", "한국 — “quoted” …",
            "emoji \uD83D\uDE00 pair", "lone high \uD800 end", "lone low \uDC00 here", "\uDBFF", "\u07FF\u0800\uFFFF",
            null, "x".repeat(10_000) + "→"};
        for (String t : texts) {
            assertThat(hash("t", t)).as("%s", t).isEqualTo(expected("t", t));
        }
        // several values through one instance: a shorter text after a longer one reuses the buffer
        assertThat(hash("t", texts)).isEqualTo(expected("t", texts));
    }

    @Test
    void randomTextsHashAsTheirUtf8Bytes() throws Exception {
        Random random = new Random(27);
        for (int k = 0; k < 2_000; k++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                int kind = random.nextInt(5);
                s.append((char) switch (kind) {
                    case 0 -> random.nextInt(0x80);
                    case 1 -> 0x80 + random.nextInt(0x780);
                    case 2 -> 0x800 + random.nextInt(0xD000);
                    case 3 -> 0xD800 + random.nextInt(0x800);
                    default -> 0xE000 + random.nextInt(0x2000);
                });
            }
            String a = s.toString();
            String b = s.reverse().toString();
            assertThat(hash("r", a, b)).as("%s", a).isEqualTo(expected("r", a, b));
        }
    }
}
