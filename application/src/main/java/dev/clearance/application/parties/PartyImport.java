package dev.clearance.application.parties;

import dev.clearance.csv.CsvWriter;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.parties.NewParty;
import dev.clearance.records.parties.Parties;
import dev.clearance.records.parties.PartyChange;
import dev.clearance.application.json.JsonText;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map;

/**
 * Bulk import and update of the partner master from CSV ({@link PartyCsv}): accepted rows are stored in chunks, each
 * chunk in one transaction with one audit record naming every party it created or changed (before and after);
 * refused rows are reported with their line and do not stop the import. Every row's outcome, refused ones with their
 * key, line and reason, can be written to a CSV ({@link RowOutcome#csvTo}).
 */
public final class PartyImport {
    /** Audit action of an import chunk. */
    public static final String ACTION = "PARTIES_IMPORTED";
    /** Parties stored per transaction and audit record. */
    static final int CHUNK = 1000;
    /** Refused rows listed in a report (all are counted). */
    static final int PROBLEMS_LISTED = 100;

    private PartyImport() {
    }

    /**
     * What an import did.
     *
     * @param rows data rows read
     * @param created new parties
     * @param updated parties whose data changed
     * @param unchanged parties given with the data already stored
     * @param refused rows refused
     * @param problems the first {@value #PROBLEMS_LISTED} refusals, with file and line
     */
    public record Report(long rows, int created, int updated, int unchanged, int refused, List<PartyCsv.Problem> problems) {
        /**
         * @param outcomes every input row's outcome, refused rows included, in file order
         * @param screening the catch-up re-screening that followed the import
         * @return the report as the API shows it
         */
        public Summary describe(List<Map<String, Object>> outcomes, Rescreening.Summary screening) {
            return new Summary(rows, created, updated, unchanged, refused,
                    problems.stream().map(PartyCsv.Problem::toString).toList(), outcomes, screening);
        }
    }

    /**
     * An import and the re-screening that followed it, as the API shows them.
     *
     * @param rows data rows read
     * @param created new parties
     * @param updated parties whose data changed
     * @param unchanged parties given with the data already stored
     * @param refused rows refused
     * @param problems the first refusals, with file and line
     * @param outcomes every input row's outcome, refused rows included, in file order
     * @param screening the re-screening of the parties that needed it
     */
    public record Summary(long rows, int created, int updated, int unchanged, int refused, List<String> problems,
            List<Map<String, Object>> outcomes, Rescreening.Summary screening) {
    }

    /**
     * What became of one input row, in file order: {@code CREATED}, {@code UPDATED}, {@code UNCHANGED} or
     * {@code REFUSED} with the reason.
     *
     * @param line the row's line
     * @param key the row's key as given (empty when the record could not be read)
     * @param outcome what was done
     * @param refused why the row was refused (empty unless REFUSED)
     * @param extras the values of the declared extra columns, carried through unread (empty when the record could
     *     not be read)
     */
    public record RowOutcome(long line, String key, String outcome, String refused, List<String> extras) {
        /** Copies. */
        public RowOutcome {
            extras = List.copyOf(extras);
        }

        /** An outcome with no extra columns. */
        public RowOutcome(long line, String key, String outcome, String refused) {
            this(line, key, outcome, refused, List.of());
        }

        /** The refused outcome. */
        public static final String REFUSED = "REFUSED";
        /** Header of the file {@link #csvTo} writes, in order. */
        public static final List<String> HEADER = List.of("key", "line", "outcome", "refused");

        /** @return the row as {@link #HEADER} orders it, then its extra values */
        public List<String> fields() {
            List<String> f = new ArrayList<>(List.of(key, Long.toString(line), outcome, refused));
            f.addAll(extras);
            return f;
        }

        /** @return the row as the API shows it: the extra columns by name, when declared */
        public Map<String, Object> describe(List<String> extraColumns) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", line);
            m.put("key", key);
            m.put("outcome", outcome);
            m.put("refused", refused);
            if (!extraColumns.isEmpty()) {
                Map<String, String> extra = new LinkedHashMap<>();
                for (int i = 0; i < extraColumns.size(); i++) {
                    extra.put(extraColumns.get(i), i < extras.size() ? extras.get(i) : "");
                }
                m.put("extra", extra);
            }
            return m;
        }

        /**
         * A sink writing every row outcome, after the header, to a CSV: so a refused row stays in the output with its
         * key, line and reason, and a file that looks complete is.
         *
         * @param out the CSV to write
         * @return the sink for {@link PartyImport#run(Parties, String, Reader, String, Sink)}
         * @throws IOException when the header cannot be written
         */
        public static Sink csvTo(Writer out) throws IOException {
            return csvTo(out, List.of());
        }

        /**
         * As {@link #csvTo(Writer)}, with the declared extra columns after {@link #HEADER}, each row's values padded
         * to them.
         */
        public static Sink csvTo(Writer out, List<String> extraColumns) throws IOException {
            CsvWriter writer = new CsvWriter(out);
            List<String> header = dev.clearance.csv.CsvTable.outputHeader(HEADER, extraColumns);
            writer.write(header);
            return o -> {
                List<String> f = new ArrayList<>(o.fields());
                while (f.size() < header.size()) {
                    f.add("");
                }
                writer.write(f);
            };
        }
    }

    /** Receives every row outcome, in file order. */
    @FunctionalInterface
    public interface Sink {
        /**
         * @param outcome one row's outcome
         * @throws IOException when it cannot be written
         */
        void accept(RowOutcome outcome) throws IOException;
    }

    /**
     * Imports a CSV.
     *
     * @param parties the partner master
     * @param file the input's name (for problems and the audit record)
     * @param in the CSV
     * @param principal who imports
     * @return what was done
     * @throws dev.clearance.csv.CsvException when the header is unusable or the CSV syntax breaks (chunks stored before
     *     the break stay stored)
     */
    public static Report run(Parties parties, String file, Reader in, String principal) throws IOException {
        return run(parties, file, in, principal, o -> { });
    }

    /**
     * Imports a CSV, giving every row's outcome, refused rows included, to {@code each} in file order.
     *
     * @param parties the partner master
     * @param file the input's name (for problems and the audit record)
     * @param in the CSV
     * @param principal who imports
     * @param each receives every row's outcome once its chunk is stored
     * @return what was done
     * @throws IOException when reading or {@code each} fails
     */
    public static Report run(Parties parties, String file, Reader in, String principal, Sink each) throws IOException {
        return run(parties, file, in, principal, List.of(), each);
    }

    /**
     * As {@link #run(Parties, String, Reader, String, Sink)}, taking the declared {@code extra} columns (carried to
     * each row's outcome unread; any other column the partner file does not take is refused naming it).
     */
    public static Report run(Parties parties, String file, Reader in, String principal,
                             java.util.Collection<String> extra, Sink each) throws IOException {
        int[] counts = new int[3];
        long[] rows = {0};
        List<PartyCsv.Problem> problems = new ArrayList<>();
        int[] refused = {0};
        // accepted rows and the refusals among them, in file order, until the chunk is stored
        List<Object> pending = new ArrayList<>(CHUNK);
        IOException[] failed = {null};
        PartyCsv.read(file, in, extra, row -> {
            rows[0]++;
            pending.add(row);
            if (pending.size() >= CHUNK) {
                failed[0] = flush(parties, file, pending, principal, counts, each, failed[0]);
            }
        }, problem -> {
            rows[0]++;
            refused[0]++;
            if (problems.size() < PROBLEMS_LISTED) {
                problems.add(problem);
            }
            pending.add(problem);
            if (pending.size() >= CHUNK) {
                failed[0] = flush(parties, file, pending, principal, counts, each, failed[0]);
            }
        });
        failed[0] = flush(parties, file, pending, principal, counts, each, failed[0]);
        if (failed[0] != null) {
            throw failed[0];
        }
        return new Report(rows[0], counts[0], counts[1], counts[2], refused[0], problems);
    }

    /** Stores the accepted rows of {@code pending} and gives every pending row's outcome; the first failure kept. */
    private static IOException flush(Parties parties, String file, List<Object> pending, String principal, int[] counts,
                                     Sink each, IOException failed) {
        List<PartyCsv.Row> chunk = new ArrayList<>();
        for (Object o : pending) {
            if (o instanceof PartyCsv.Row r) {
                chunk.add(r);
            }
        }
        List<PartyChange> changes = store(parties, file, chunk, principal, counts);
        IOException first = failed;
        int next = 0;
        for (Object o : pending) {
            RowOutcome outcome = o instanceof PartyCsv.Problem p
                    ? new RowOutcome(p.line(), p.key() == null ? "" : p.key(), RowOutcome.REFUSED, p.message(),
                            p.extras())
                    : new RowOutcome(((PartyCsv.Row) o).line(), ((PartyCsv.Row) o).party().key(),
                            changes.get(next++).kind().name(), "", ((PartyCsv.Row) o).extras());
            if (first == null) {
                try {
                    each.accept(outcome);
                } catch (IOException e) {
                    first = e; // the rows are stored: keep importing, and report the failed output at the end
                }
            }
        }
        pending.clear();
        return first;
    }

    private static List<PartyChange> store(Parties parties, String file, List<PartyCsv.Row> chunk, String principal,
                                           int[] counts) {
        if (chunk.isEmpty()) {
            return List.of();
        }
        List<NewParty> batch = chunk.stream().map(PartyCsv.Row::party).toList();
        long firstLine = chunk.get(0).line();
        long lastLine = chunk.get(chunk.size() - 1).line();
        List<PartyChange> changes = parties.save(batch, changed -> AuditRecord.draft(principal, ACTION,
                        JsonText.write(Map.of("file", file, "lines", firstLine + "-" + lastLine, "rows", batch.size())),
                        JsonText.write(Map.of("changes", PartyChangeAudit.of(changed))))
                .withSubject(file.length() <= 500 ? file : file.substring(0, 500)));
        for (PartyChange c : changes) {
            counts[c.kind() == PartyChange.Kind.CREATED ? 0 : c.kind() == PartyChange.Kind.UPDATED ? 1 : 2]++;
        }
        return changes;
    }
}
