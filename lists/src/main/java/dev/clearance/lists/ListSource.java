package dev.clearance.lists;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A list to load: its format and its files, as given on the command line ({@code ofac-csv:SDN.CSV,ALT.CSV,ADD.CSV}).
 *
 * @param format the published format
 * @param paths  the files, at least one; for {@code ofac-csv} the primary file first
 * @param mapping the column mapping of the {@code csv} format; {@code null} for the published formats
 */
public record ListSource(ListFormat format, List<Path> paths, ColumnMapping mapping) {
    /** A source in a published format (no column mapping). */
    public ListSource(ListFormat format, List<Path> paths) {
        this(format, paths, null);
    }

    public ListSource {
        Objects.requireNonNull(format, "format");
        paths = List.copyOf(paths);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("list source " + format.cliName() + " has no file");
        }
    }

    /**
     * Parses {@code FORMAT:PATH[,PATH...]}.
     *
     * @throws IllegalArgumentException naming the bad part: a missing colon, an unknown format, an empty or invalid path
     */
    public static ListSource parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty list source: expected FORMAT:PATH[,PATH...] with FORMAT one of "
                    + ListFormat.names());
        }
        int colon = spec.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("list source '" + spec + "' lacks the format: expected FORMAT:PATH[,PATH...] with FORMAT one of "
                    + ListFormat.names());
        }
        String formatName = spec.substring(0, colon).strip();
        if (formatName.isEmpty()) {
            throw new IllegalArgumentException("list source '" + spec + "' has an empty format before ':': expected one of "
                    + ListFormat.names());
        }
        ListFormat format;
        try {
            format = ListFormat.fromName(formatName);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("list source '" + spec + "': " + e.getMessage(), e);
        }
        String rest = spec.substring(colon + 1);
        if (rest.isBlank()) {
            throw new IllegalArgumentException("list source '" + spec + "' has no path after '" + formatName + ":'");
        }
        List<Path> paths = new ArrayList<>();
        String[] parts = rest.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.isEmpty()) {
                throw new IllegalArgumentException("list source '" + spec + "': path " + (i + 1) + " of " + parts.length + " is empty");
            }
            try {
                paths.add(Path.of(p));
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("list source '" + spec + "': invalid path '" + p + "': " + e.getReason(), e);
            }
        }
        return new ListSource(format, paths);
    }

    /** The same files read with a column mapping (for the {@code csv} format). */
    public ListSource withMapping(ColumnMapping m) {
        return new ListSource(format, paths, m);
    }

    /** Loads the files; see {@link ListFormat#load(List)} and, for {@code csv}, {@link ListFormat#loadCsv}. */
    public LoadResult load() {
        return format == ListFormat.CSV && mapping != null ? ListFormat.loadCsv(paths, mapping) : format.load(paths);
    }

    /** The spec this source parses from. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(format.cliName()).append(':');
        for (int i = 0; i < paths.size(); i++) {
            sb.append(i > 0 ? "," : "").append(paths.get(i));
        }
        return sb.toString();
    }
}
