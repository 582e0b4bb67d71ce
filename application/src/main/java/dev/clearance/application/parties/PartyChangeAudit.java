package dev.clearance.application.parties;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.clearance.records.parties.PartyChange;
import dev.clearance.records.parties.PartyRecord;
import java.util.List;

/**
 * A change of the partner master as its audit record shows it: created with the data, updated with before and
 * after, deleted with before. The same shape whether the change came from an import or from the API.
 *
 * @param key the party's key
 * @param change CREATED, UPDATED, UNCHANGED or DELETED
 * @param before the data before (not for a created party)
 * @param after the data after (not for a deleted one)
 */
public record PartyChangeAudit(String key, String change, @JsonInclude(JsonInclude.Include.NON_NULL) Data before,
        @JsonInclude(JsonInclude.Include.NON_NULL) Data after) {

    /**
     * A party's data, without its screening state.
     *
     * @param key key
     * @param name name
     * @param aliases other names
     * @param country country code, or null
     * @param type person, entity or unknown
     * @param dob date of birth, or null
     * @param identifiers identifiers
     * @param owner who owns the record, or null
     */
    public record Data(String key, String name, List<String> aliases, String country, String type, String dob,
            List<String> identifiers, String owner) {
        /** @return the party's data */
        public static Data of(PartyRecord p) {
            return new Data(p.key(), p.name(), p.aliases(), p.country(), p.type(), p.dob(), p.identifiers(),
                    p.owner());
        }
    }

    /** @return the change as its audit record shows it */
    public static PartyChangeAudit of(PartyChange c) {
        Data before = c.before() != null && c.kind() != PartyChange.Kind.CREATED ? Data.of(c.before()) : null;
        return new PartyChangeAudit(c.key(), c.kind().name(), before, c.after() == null ? null : Data.of(c.after()));
    }

    /** @return the changes as their audit record lists them */
    public static List<PartyChangeAudit> of(List<PartyChange> changes) {
        return changes.stream().map(PartyChangeAudit::of).toList();
    }
}
