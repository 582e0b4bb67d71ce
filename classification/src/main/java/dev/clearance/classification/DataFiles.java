package dev.clearance.classification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reading the module's tab-separated data files: '#' comments, one header row, a fixed number of columns. */
final class DataFiles {
    private DataFiles() {
    }

    static String resource(String path) {
        try (InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled data file missing: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data rows (header skipped), each with exactly {@code columns} fields, or an error naming file and line. */
    static List<String[]> rows(String text, int columns, String file) {
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        int line = 0;
        for (String l : text.split("\n", -1)) {
            line++;
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = l.split("\t", -1);
            if (f.length != columns) {
                throw new IllegalStateException(file + ":" + line + ": " + f.length + " columns, expected " + columns);
            }
            rows.add(f);
        }
        return rows;
    }
}
