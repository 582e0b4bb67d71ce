package dev.clearance.lists;

import java.util.List;

/**
 * What one load produced: the entries accepted and the records refused.
 *
 * @param entries  accepted entries in file order
 * @param problems refused records with file and line
 * @param checksum lower-case hex SHA-256 of the file read (for several files: of their SHA-256 digests in
 *                 order), so a screening record can name the exact list version; empty when unknown
 */
public record LoadResult(List<ListEntry> entries, List<LoadProblem> problems, String checksum) {
    public LoadResult {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
        checksum = checksum == null ? "" : checksum;
    }

    /** A result without a checksum. */
    public LoadResult(List<ListEntry> entries, List<LoadProblem> problems) {
        this(entries, problems, "");
    }

    /** True when every record loaded. */
    public boolean isClean() {
        return problems.isEmpty();
    }
}
