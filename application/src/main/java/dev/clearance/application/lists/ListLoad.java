package dev.clearance.application.lists;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.clearance.records.lists.ListVersion;
import java.util.List;

/**
 * What a reload or update did to one list, as the API, the CLI and the list's audit record show it: a new version
 * loaded (its fields at the top, with the delta), the version in use confirmed unchanged, or the load refused with
 * its reasons and the version kept.
 */
public sealed interface ListLoad permits ListLoad.Loaded, ListLoad.Unchanged, ListLoad.Refused {

    /** @return the list's name */
    String name();

    /** @return {@code loaded}, {@code unchanged} or {@code refused} */
    String outcome();

    /**
     * A new version, in use now.
     *
     * @param name the list
     * @param outcome {@code loaded}
     * @param versionId the version's id
     * @param format its format
     * @param location where it was read from
     * @param loadedAt when
     * @param checksum SHA-256 of its files
     * @param entries entries loaded
     * @param problems records skipped as problems
     * @param loadedBy who loaded it
     * @param label its label ({@code name@checksum})
     * @param delta entries added, changed and removed since the version before
     * @param firstProblems the first five problems; left out when none
     */
    record Loaded(String name, String outcome, long versionId, String format, String location, String loadedAt,
            String checksum, int entries, int problems, String loadedBy, String label, Delta delta,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> firstProblems) implements ListLoad {
        static Loaded of(ListVersion v, Delta delta, List<String> firstProblems) {
            return new Loaded(v.sourceName(), "loaded", v.id(), v.format(), v.location(), v.loadedAt().toString(),
                    v.checksum(), v.entryCount(), v.problemCount(), v.loadedBy(), v.label(), delta,
                    firstProblems.isEmpty() ? null : firstProblems);
        }
    }

    /**
     * The version in use is what the source gives.
     *
     * @param name the list
     * @param outcome {@code unchanged}
     * @param version the version in use
     */
    record Unchanged(String name, String outcome, VersionView version) implements ListLoad {
        static Unchanged of(String name, ListVersion v) {
            return new Unchanged(name, "unchanged", VersionView.of(v));
        }
    }

    /**
     * The load was refused; the last good version stays in use.
     *
     * @param name the list
     * @param outcome {@code refused}
     * @param reasons why
     * @param kept the version kept in use, or null when none is loaded
     */
    record Refused(String name, String outcome, List<String> reasons, VersionView kept) implements ListLoad {
        static Refused of(String name, List<String> reasons, ListVersion kept) {
            return new Refused(name, "refused", reasons, kept == null ? null : VersionView.of(kept));
        }
    }

    /**
     * Entries added, changed and removed by a new version.
     *
     * @param added entries added
     * @param changed entries changed
     * @param removed entries removed
     */
    record Delta(int added, int changed, int removed) {
    }

    /**
     * A list version as the API shows it.
     *
     * @param versionId its id
     * @param name the list
     * @param format its format
     * @param location where it was read from
     * @param loadedAt when
     * @param checksum SHA-256 of its files
     * @param entries entries loaded
     * @param problems records skipped as problems
     * @param loadedBy who loaded it
     * @param label its label
     */
    record VersionView(long versionId, String name, String format, String location, String loadedAt,
            String checksum, int entries, int problems, String loadedBy, String label) {
        /** @return the version as the API shows it */
        public static VersionView of(ListVersion v) {
            return new VersionView(v.id(), v.sourceName(), v.format(), v.location(), v.loadedAt().toString(),
                    v.checksum(), v.entryCount(), v.problemCount(), v.loadedBy(), v.label());
        }
    }
}
