package dev.clearance.application.parties;

import dev.clearance.csv.CsvTable;
import dev.clearance.lists.EntityType;
import dev.clearance.csv.CsvException;
import dev.clearance.matching.PartyRows;
import dev.clearance.matching.normalise.Normaliser;
import dev.clearance.matching.normalise.Query;
import dev.clearance.records.parties.NewParty;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A partner-master CSV: header {@code key,name} with optional {@code aliases,country,type,dob,identifiers,owner}
 * (aliases and identifiers separated by {@code ;}). The key, name, type and dob of a row are checked by the same
 * code as a batch-screening row ({@link PartyRows#parse(CsvTable.Row, String)}); a refused row is reported
 * with its line and the rest are read.
 */
public final class PartyCsv {
    /** Required columns. */
    public static final List<String> REQUIRED = List.of("key", "name");
    /** The columns a partner-master CSV takes; any other is refused naming it, unless declared extra. */
    public static final CsvTable.Columns COLUMNS = CsvTable.Columns.of(REQUIRED, List.of("aliases", "country", "type",
            "dob", "identifiers", "owner"));
    private static final int MAX_KEY = 300;
    private static final int MAX_NAME = 1000;

    private PartyCsv() {
    }

    /**
     * A refused row.
     *
     * @param file the input's name
     * @param line its line
     * @param key the row's key as given (empty when the record could not be read)
     * @param message what is wrong, naming the column
     * @param extras the values of the declared extra columns (empty when the record could not be read)
     */
    public record Problem(String file, long line, String key, String message, List<String> extras) {
        /** Copies. */
        public Problem {
            extras = List.copyOf(extras);
        }

        /** A problem with no extra columns. */
        public Problem(String file, long line, String key, String message) {
            this(file, line, key, message, List.of());
        }

        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    /**
     * An accepted row.
     *
     * @param line its line
     * @param party the party it gives
     * @param extras the values of the declared extra columns, carried to the output unread
     */
    public record Row(long line, NewParty party, List<String> extras) {
        /** Copies. */
        public Row {
            extras = List.copyOf(extras);
        }

        /** A row with no extra columns. */
        public Row(long line, NewParty party) {
            this(line, party, List.of());
        }
    }

    /** @return the extra columns as declared (one per column key, in order), as outputs name them */
    public static List<String> extraColumns(java.util.Collection<String> extra) {
        return List.copyOf(COLUMNS.withExtra(extra).extra());
    }

    /**
     * Reads every row.
     *
     * @param file the input's name, for problems
     * @param in the CSV
     * @param good called with each accepted row
     * @param bad called with each refused row
     * @throws dev.clearance.csv.CsvException when the header lacks key or name, or the CSV syntax breaks (naming the line)
     */
    public static void read(String file, Reader in, Consumer<Row> good, Consumer<Problem> bad) throws IOException {
        read(file, in, List.of(), good, bad);
    }

    /** As {@link #read(String, Reader, Consumer, Consumer)}, carrying the user's {@code extra} columns unread. */
    public static void read(String file, Reader in, java.util.Collection<String> extra, Consumer<Row> good,
                            Consumer<Problem> bad) throws IOException {
        Map<String, Long> seen = new HashMap<>();
        try (CsvTable table = CsvTable.open(file, in, COLUMNS.withExtra(extra))) {
            while (true) {
                CsvTable.Row row;
                try {
                    row = table.next();
                } catch (CsvException e) {
                    // The reader has moved past the broken record: report it and read on.
                    bad.accept(new Problem(file, e.line(), "", PartyRows.reason(e)));
                    continue;
                }
                if (row == null) {
                    break;
                }
                PartyRows.Row parsed = PartyRows.parse(row, "key");
                String refusal = parsed instanceof PartyRows.Refused r ? PartyRows.reason(r.problem()) : refusal(row);
                Long first = refusal == null ? seen.putIfAbsent(row.get("key"), row.line()) : null;
                if (refusal == null && first != null) {
                    refusal = "column key: '" + quote(row.get("key")) + "' already given on line " + first;
                }
                if (refusal != null) {
                    bad.accept(new Problem(file, row.line(), row.get("key"), refusal, row.extras()));
                } else {
                    good.accept(new Row(row.line(), party(row, ((PartyRows.Good) parsed).query()), row.extras()));
                }
            }
        }
    }

    /** What the partner master checks beyond a screening row: key length, aliases, country and owner sizes. */
    private static String refusal(CsvTable.Row row) {
        if (row.get("key").length() > MAX_KEY) {
            return "column key: longer than " + MAX_KEY + " characters";
        }
        if (row.get("name").length() > MAX_NAME) {
            return "column name: longer than " + MAX_NAME + " characters";
        }
        for (String alias : split(row.get("aliases"))) {
            if (alias.length() > MAX_NAME) {
                return "column aliases: an alias is longer than " + MAX_NAME + " characters";
            }
            if (Normaliser.normalise(alias).tokens().isEmpty()) {
                return "column aliases: '" + quote(alias) + "' has no letters or digits to match on";
            }
        }
        if (row.get("country").length() > 100) {
            return "column country: longer than 100 characters";
        }
        if (row.get("owner").length() > 200) {
            return "column owner: longer than 200 characters";
        }
        return null;
    }

    private static NewParty party(CsvTable.Row row, Query q) {
        String owner = row.get("owner");
        return new NewParty(q.id(), q.name(), split(row.get("aliases")), q.country(),
                q.type() == null ? null : q.type().word(), q.dob(), split(row.get("identifiers")),
                owner.isEmpty() ? null : owner);
    }

    /** A {@code ;}-separated cell as its trimmed, non-empty parts. */
    static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Arrays.stream(cell.split(";")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }

    static String quote(String value) {
        return value.length() <= 200 ? value : value.substring(0, 200) + "...";
    }

    /** @return the entity type of a stored type word, or null */
    static EntityType type(String word) {
        return word == null ? null : EntityType.parse(word);
    }
}
