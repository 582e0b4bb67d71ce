package dev.clearance.server.parties;

import dev.clearance.records.AuditRecord;
import dev.clearance.records.NewParty;
import dev.clearance.records.Parties;
import dev.clearance.records.PartyChange;
import dev.clearance.server.http.Json;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bulk import and update of the partner master from CSV ({@link PartyCsv}): accepted rows are stored in chunks, each
 * chunk in one transaction with one audit record naming every party it created or changed (before and after);
 * refused rows are reported with their line and do not stop the import.
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
        /** @return the report as the API and the CLI show it */
        public Map<String, Object> describe() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rows", rows);
            m.put("created", created);
            m.put("updated", updated);
            m.put("unchanged", unchanged);
            m.put("refused", refused);
            m.put("problems", problems.stream().map(PartyCsv.Problem::toString).toList());
            return m;
        }
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
        int[] counts = new int[3];
        long[] rows = {0};
        List<PartyCsv.Problem> problems = new ArrayList<>();
        int[] refused = {0};
        List<PartyCsv.Row> chunk = new ArrayList<>(CHUNK);
        PartyCsv.read(file, in, row -> {
            rows[0]++;
            chunk.add(row);
            if (chunk.size() == CHUNK) {
                store(parties, file, chunk, principal, counts);
            }
        }, problem -> {
            rows[0]++;
            refused[0]++;
            if (problems.size() < PROBLEMS_LISTED) {
                problems.add(problem);
            }
        });
        store(parties, file, chunk, principal, counts);
        return new Report(rows[0], counts[0], counts[1], counts[2], refused[0], problems);
    }

    private static void store(Parties parties, String file, List<PartyCsv.Row> chunk, String principal, int[] counts) {
        if (chunk.isEmpty()) {
            return;
        }
        List<NewParty> batch = chunk.stream().map(PartyCsv.Row::party).toList();
        long firstLine = chunk.get(0).line();
        long lastLine = chunk.get(chunk.size() - 1).line();
        List<PartyChange> changes = parties.save(batch, changed -> AuditRecord.draft(principal, ACTION,
                        Json.write(Map.of("file", file, "lines", firstLine + "-" + lastLine, "rows", batch.size())),
                        Json.write(Map.of("changes", PartyJson.changes(changed))))
                .withSubject(file.length() <= 500 ? file : file.substring(0, 500)));
        for (PartyChange c : changes) {
            counts[c.kind() == PartyChange.Kind.CREATED ? 0 : c.kind() == PartyChange.Kind.UPDATED ? 1 : 2]++;
        }
        chunk.clear();
    }
}
