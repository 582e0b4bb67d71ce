package dev.clearance.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Small structure-aware mutations: flip bytes, drop or duplicate lines, splice in hostile tokens. */
final class Mutations {
    private static final String[] TOKENS = {"", "~", "null", "-1", "2019-02-30", "0000-00-00", "9999-12-31", "[", "]",
        "{", "}", ":", ",", "\"", "'", "&a", "*a", "!!binary", "NO", "yes", "1e999", "\u0000", "\uFEFF", "\n", "\r",
        "ZZ", "3C002.", "3C", "NONE", "--", "\u0130", "٣",
        "+10000-01-01", "-999999999-01-01", "2019-1-1", "99", "-5", "2147483648", "0.5", "<<: *a", "? x", "|", ">"};

    private Mutations() {
    }

    static byte[] mutate(byte[] seed, Random random) {
        String[] lines = new String(seed, StandardCharsets.UTF_8).split("\n", -1);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int i = random.nextInt(lines.length);
            String line = lines[i];
            switch (random.nextInt(5)) {
                case 0 -> lines[i] = "";
                case 1 -> lines[i] = line + "\n" + line;
                case 2 -> {
                    int at = line.isEmpty() ? 0 : random.nextInt(line.length());
                    lines[i] = line.substring(0, at) + TOKENS[random.nextInt(TOKENS.length)] + line.substring(at);
                }
                case 3 -> {
                    int at = line.isEmpty() ? 0 : random.nextInt(line.length());
                    int end = Math.min(line.length(), at + 1 + random.nextInt(6));
                    lines[i] = line.substring(0, at) + TOKENS[random.nextInt(TOKENS.length)] + line.substring(end);
                }
                default -> {
                    int j = random.nextInt(lines.length);
                    lines[i] = lines[j];
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
