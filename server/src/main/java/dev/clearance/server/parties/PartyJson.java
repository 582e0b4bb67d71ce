package dev.clearance.server.parties;

import dev.clearance.records.parties.PartyAlert;
import dev.clearance.records.parties.PartyChange;
import dev.clearance.records.parties.PartyRecord;
import dev.clearance.records.parties.ScreeningState;
import dev.clearance.server.http.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parties, changes and alerts as the API, the CLI and the audit trail show them. */
public final class PartyJson {
    private PartyJson() {
    }

    /** @return the party's data (no state) */
    public static Map<String, Object> data(PartyRecord p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", p.key());
        m.put("name", p.name());
        m.put("aliases", p.aliases());
        m.put("country", p.country());
        m.put("type", p.type());
        m.put("dob", p.dob());
        m.put("identifiers", p.identifiers());
        m.put("owner", p.owner());
        return m;
    }

    /**
     * @param p the party
     * @param fromAlerts its state from its active alerts
     * @param lists labels of the list versions in use
     * @return the party with its screening state and times; a party without alerts that was not screened against the
     *     list versions in use is UNSCREENED, not clear
     */
    public static Map<String, Object> party(PartyRecord p, ScreeningState fromAlerts, List<String> lists) {
        Map<String, Object> m = data(p);
        ScreeningState state = ScreeningState.of(p, fromAlerts);
        if (state == ScreeningState.CLEAR && !p.screenedLists().equals(lists.stream().sorted().toList())) {
            state = ScreeningState.UNSCREENED;
        }
        m.put("state", state.name());
        m.put("createdAt", p.createdAt().toString());
        m.put("updatedAt", p.updatedAt().toString());
        m.put("screenedAt", p.screenedAt() == null ? null : p.screenedAt().toString());
        m.put("screenedLists", p.screenedLists());
        return m;
    }

    /** @return a change for the audit trail: created with the data, updated with before and after, deleted with before */
    public static Map<String, Object> change(PartyChange c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", c.key());
        m.put("change", c.kind().name());
        if (c.before() != null && c.kind() != PartyChange.Kind.CREATED) {
            m.put("before", data(c.before()));
        }
        if (c.after() != null) {
            m.put("after", data(c.after()));
        }
        return m;
    }

    /** @return the changes for the audit trail */
    public static List<Map<String, Object>> changes(List<PartyChange> changes) {
        return changes.stream().map(PartyJson::change).toList();
    }

    /** @return an alert with its explanation */
    public static Map<String, Object> alert(PartyAlert a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("partyKey", a.partyKey());
        m.put("entryId", a.entryId());
        m.put("list", a.listName());
        m.put("state", a.state().name());
        m.put("score", a.score());
        m.put("partyName", a.partyName());
        m.put("matchedName", a.matchedName());
        m.put("explanation", Json.tree(a.explanationJson()));
        m.put("listVersions", a.listVersions());
        m.put("raisedBy", a.raisedBy());
        m.put("openedAt", a.openedAt().toString());
        m.put("updatedAt", a.updatedAt().toString());
        m.put("closedAt", a.closedAt() == null ? null : a.closedAt().toString());
        m.put("entryRemoved", a.entryRemoved());
        m.put("note", a.note());
        return m;
    }

    /** @return an alert in an audit record: which pair, which state, which score, why */
    public static Map<String, Object> alertBrief(PartyAlert a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("partyKey", a.partyKey());
        m.put("entryId", a.entryId());
        m.put("state", a.state().name());
        m.put("score", a.score());
        if (a.note() != null) {
            m.put("note", a.note());
        }
        return m;
    }
}
