package dev.clearance.server.parties;

import dev.clearance.records.parties.PartyAlert;
import dev.clearance.records.parties.PartyChange;
import dev.clearance.records.parties.PartyRecord;
import dev.clearance.records.parties.ScreeningState;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.http.Json;
import java.time.Instant;
import java.util.List;

/**
 * Parties, changes and alerts as the API, the CLI and the audit trail show them: records Jackson writes in
 * component order.
 */
public final class PartyJson {
    private PartyJson() {
    }

    /**
     * A party's data (no state).
     *
     * @param key         its key in the partner master
     * @param name        its name
     * @param aliases     its other names
     * @param country     its country, or null
     * @param type        its type, or null
     * @param dob         its date of birth, or null
     * @param identifiers its identifiers
     * @param owner       who in the company answers for it, or null
     */
    public record Data(String key, String name, List<String> aliases, String country, String type, String dob,
                       List<String> identifiers, String owner) {
    }

    /**
     * A party with its screening state and times.
     *
     * @param data          its data
     * @param state         CLEAR, UNSCREENED, ALERT, BLOCKED, ...
     * @param createdAt     when it was added
     * @param updatedAt     when it last changed
     * @param screenedAt    when it was last screened, or null
     * @param screenedLists the list versions it was last screened against
     */
    public record Party(@JsonUnwrapped Data data, String state, Instant createdAt, Instant updatedAt,
                        Instant screenedAt, List<String> screenedLists) {
    }

    /**
     * A change for the audit trail.
     *
     * @param key    the party
     * @param change CREATED, UPDATED, DELETED or UNCHANGED
     * @param before the data before; left out for a creation
     * @param after  the data after; left out for a deletion
     */
    public record Change(String key, String change, @JsonInclude(JsonInclude.Include.NON_NULL) Data before,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Data after) {
    }

    /**
     * An alert of the partner master, with its explanation.
     *
     * @param id           the alert
     * @param partyKey     the party
     * @param entryId      the list entry
     * @param list         the entry's list
     * @param state        OPEN, REVIEWED, CONFIRMED or CLOSED
     * @param score        the match score
     * @param partyName    the party's name then
     * @param matchedName  the entry's name that matched
     * @param explanation  why it matched
     * @param listVersions the list versions it was raised against
     * @param raisedBy     what raised it
     * @param openedAt     when
     * @param updatedAt    when it last changed
     * @param closedAt     when it was closed, or null
     * @param entryRemoved whether the entry has left the lists
     * @param note         the last note, or null
     */
    public record Alert(long id, String partyKey, String entryId, String list, String state, double score,
                        String partyName, String matchedName, JsonNode explanation, List<String> listVersions,
                        String raisedBy, Instant openedAt, Instant updatedAt, Instant closedAt, boolean entryRemoved,
                        String note) {
    }

    /**
     * An alert in an audit record: which pair, which state, which score, why.
     *
     * @param id       the alert
     * @param partyKey the party
     * @param entryId  the list entry
     * @param state    its state
     * @param score    the match score
     * @param note     its note; left out when none
     */
    public record AlertBrief(long id, String partyKey, String entryId, String state, double score,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String note) {
    }

    /** @return the party's data (no state) */
    public static Data data(PartyRecord p) {
        return new Data(p.key(), p.name(), p.aliases(), p.country(), p.type(), p.dob(), p.identifiers(), p.owner());
    }

    /**
     * @param p the party
     * @param fromAlerts its state from its active alerts
     * @param lists labels of the list versions in use
     * @return the party with its screening state and times; a party without alerts that was not screened against the
     *     list versions in use is UNSCREENED, not clear
     */
    public static Party party(PartyRecord p, ScreeningState fromAlerts, List<String> lists) {
        ScreeningState state = ScreeningState.of(p, fromAlerts);
        if (state == ScreeningState.CLEAR && !p.screenedLists().equals(lists.stream().sorted().toList())) {
            state = ScreeningState.UNSCREENED;
        }
        return new Party(data(p), state.name(), p.createdAt(), p.updatedAt(), p.screenedAt(), p.screenedLists());
    }

    /** @return a change for the audit trail: created with the data, updated with before and after, deleted with before */
    public static Change change(PartyChange c) {
        Data before = c.before() != null && c.kind() != PartyChange.Kind.CREATED ? data(c.before()) : null;
        return new Change(c.key(), c.kind().name(), before, c.after() == null ? null : data(c.after()));
    }

    /** @return the changes for the audit trail */
    public static List<Change> changes(List<PartyChange> changes) {
        return changes.stream().map(PartyJson::change).toList();
    }

    /** @return an alert with its explanation */
    public static Alert alert(PartyAlert a) {
        return new Alert(a.id(), a.partyKey(), a.entryId(), a.listName(), a.state().name(), a.score(), a.partyName(),
                a.matchedName(), Json.tree(a.explanationJson()), a.listVersions(), a.raisedBy(), a.openedAt(),
                a.updatedAt(), a.closedAt(), a.entryRemoved(), a.note());
    }

    /** @return an alert in an audit record: which pair, which state, which score, why */
    public static AlertBrief alertBrief(PartyAlert a) {
        return new AlertBrief(a.id(), a.partyKey(), a.entryId(), a.state().name(), a.score(), a.note());
    }
}
