package dev.clearance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --encoding} of a command's input CSV (a picocli mixin), and the input opened as bytes so the one CSV
 * reader decodes it line by line: a line not valid in the encoding is refused naming it, the others are read.
 */
final class InputFile {
    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "encoding of the input CSV: UTF-8 (default, a BOM is fine), Shift_JIS, x-windows-949 (CP949),"
                    + " EUC-KR, windows-1252, or any other Java knows")
    String encoding;

    @Option(names = "--extra-columns", paramLabel = "NAME,...", split = ",",
            description = "further input columns to carry through unread; any other column the input does not take"
                    + " is refused, naming it (names match trimmed and ignoring case)")
    java.util.List<String> extraColumns = new java.util.ArrayList<>();

    /** @return the columns the user declared to carry through */
    java.util.List<String> extra() {
        return extraColumns == null ? java.util.List.of() : extraColumns;
    }

    /**
     * Refuses, naming the option, a declared extra column named like one the command's output writes itself
     * ({@link dev.clearance.csv.CsvTable#outputHeader}); checked before any output is written.
     */
    void extraBeside(java.util.List<String> output) {
        try {
            dev.clearance.csv.CsvTable.outputHeader(output, dev.clearance.csv.CsvTable.Columns
                    .of(java.util.List.of(), java.util.List.of()).withExtra(extra()).extra());
        } catch (dev.clearance.input.BadRequestException e) {
            throw e.renamed("extra-columns");
        }
    }

    /** @return the chosen encoding, UTF-8 by default */
    Charset charset() {
        if (encoding == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalArgumentException e) {
            throw new UserError("--encoding: unknown encoding " + dev.clearance.text.Excerpt.quote(encoding)
                    + "; name one Java knows, e.g. UTF-8, Shift_JIS, x-windows-949, EUC-KR, windows-1252");
        }
    }

    /** @return the file's bytes, for {@code CsvTable.open(file, stream, charset(), ...)} */
    static InputStream open(Path path) throws IOException {
        return new java.io.BufferedInputStream(Files.newInputStream(path), 1 << 16);
    }

    /** @return the data lines for a progress bar (line breaks counted in bytes, so any encoding works) */
    static long dataLines(Path path) throws IOException {
        long lines = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return Math.max(0, lines - 1);
    }
}
