package dev.clearance.application.parties;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.clearance.lists.ListDelta;
import dev.clearance.lists.ListEntry;
import dev.clearance.matching.explain.Match;
import dev.clearance.matching.explain.MatchJson;
import dev.clearance.matching.Partner;
import dev.clearance.matching.PartnerIndex;
import dev.clearance.matching.Screener;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.parties.Parties;
import dev.clearance.records.parties.PartyAlert;
import dev.clearance.records.parties.PartyAlerts;
import dev.clearance.records.parties.PartyRecord;
import dev.clearance.application.json.JsonText;
import dev.clearance.application.lists.ListChange;
import dev.clearance.application.lists.LoadedLists;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Keeps the partner master screened. A party created or edited is screened at once against the loaded lists (forward:
 * the party is the query). A list change is screened by delta (reverse: the partners are indexed and only the added and
 * changed entries are queries), alerts of removed entries are closed (or flagged, when confirmed), and parties not
 * screened against the list versions in use are caught up forward. Every alert change is audited.
 */
public final class Rescreening {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Rescreening.class);
    /** Audit action of alert changes. */
    public static final String ACTION = "PARTY_ALERTS";
    private static final int CHUNK = 500;

    private final Parties parties;
    private final PartyAlerts alerts;
    private final Supplier<LoadedLists> lists;
    private final double threshold;

    /**
     * @param parties the partner master
     * @param alerts its alerts
     * @param lists the lists in use now
     */
    public Rescreening(Parties parties, PartyAlerts alerts, Supplier<LoadedLists> lists) {
        this.parties = parties;
        this.alerts = alerts;
        this.lists = lists;
        this.threshold = Screener.DEFAULT_THRESHOLD;
    }

    /**
     * What a re-screening did.
     *
     * @param screened parties screened forward
     * @param queried list entries screened against the partner index
     * @param outcome the alert changes
     */
    public record Result(int screened, int queried, PartyAlerts.Outcome outcome) {
        /** @return the result as the API and the audit trail show it */
        public Summary describe() {
            return new Summary(screened, queried, AlertBrief.of(outcome.opened()), AlertBrief.of(outcome.reopened()),
                    outcome.refreshed().size(), AlertBrief.of(outcome.closed()), AlertBrief.of(outcome.flagged()));
        }
    }

    /**
     * A re-screening as the API and the audit trail show it.
     *
     * @param partiesScreened parties screened forward
     * @param entriesScreened list entries screened against the partner index
     * @param opened alerts opened
     * @param reopened alerts reopened
     * @param refreshed alerts refreshed (counted)
     * @param closed alerts closed
     * @param flagged alerts flagged for review
     */
    public record Summary(int partiesScreened, int entriesScreened, List<AlertBrief> opened,
            List<AlertBrief> reopened, int refreshed, List<AlertBrief> closed, List<AlertBrief> flagged) {
    }

    /**
     * An alert in an audit record: which pair, which state, which score, why.
     *
     * @param id the alert
     * @param partyKey the party
     * @param entryId the list entry
     * @param state its state
     * @param score its score
     * @param note the officer's note, left out when none
     */
    public record AlertBrief(long id, String partyKey, String entryId, String state, double score,
            @JsonInclude(JsonInclude.Include.NON_NULL) String note) {
        static List<AlertBrief> of(List<PartyAlert> alerts) {
            return alerts.stream().map(a -> new AlertBrief(a.id(), a.partyKey(), a.entryId(), a.state().name(),
                    a.score(), a.note())).toList();
        }
    }

    /** The partner as the screener sees it. */
    static Partner partner(PartyRecord p) {
        return new Partner(p.key(), p.names(), p.country(), PartyCsv.type(p.type()), p.dob(), p.identifiers());
    }

    /**
     * Screens parties forward against the lists in use; raises alerts for their hits and closes their alerts on loaded
     * entries that no longer hit. Nothing is screened (and the parties stay unscreened) while no list is loaded.
     *
     * @param batch the parties
     * @param principal who caused it
     * @param raisedBy {@code PARTY_CHANGE} (an edit: a review of the old data no longer stands) or {@code CATCH_UP}
     * @return what changed
     */
    public Result screenParties(List<PartyRecord> batch, String principal, String raisedBy) {
        LoadedLists now = lists.get();
        PartyAlerts.Outcome total = empty();
        if (now.versions().isEmpty() || batch.isEmpty()) {
            return new Result(0, 0, total);
        }
        boolean edited = raisedBy.equals("PARTY_CHANGE");
        for (int i = 0; i < batch.size(); i += CHUNK) {
            List<PartyRecord> chunk = batch.subList(i, Math.min(batch.size(), i + CHUNK));
            List<PartyAlerts.Hit> hits = new ArrayList<>();
            List<PartyAlerts.Closing> closings = new ArrayList<>();
            for (PartyRecord p : chunk) {
                Set<String> hitIds = new HashSet<>();
                for (PartnerIndex.Hit h : partner(p).screen(now.screener(), threshold)) {
                    hitIds.add(h.match().entry().id());
                    hits.add(hit(p.key(), h.partnerName(), h.match(), edited));
                }
                for (PartyAlert a : alerts.activeFor(p.key())) {
                    // An alert on an entry that is not loaded now (its list failed) is left as it is, never closed.
                    if (!hitIds.contains(a.entryId()) && now.entry(a.entryId()).isPresent()) {
                        closings.add(new PartyAlerts.Closing(p.key(), a.entryId(),
                                edited ? "no longer matches after the party's data changed"
                                        : "no longer matches the loaded lists", false));
                    }
                }
            }
            PartyAlerts.Outcome o = alerts.apply(hits, closings, now.labels(), raisedBy, out -> audit(principal,
                    Map.of("trigger", raisedBy, "parties", chunk.stream().map(PartyRecord::key).toList()),
                    new Result(chunk.size(), 0, out), now.labels()));
            parties.markScreened(chunk.stream().map(PartyRecord::key).toList(),
                    chunk.stream().map(PartyRecord::updatedAt).toList(), now.labels());
            total = plus(total, o);
        }
        return new Result(batch.size(), 0, total);
    }

    /**
     * Screens every party not screened against the list versions in use (never screened, edited, or screened against
     * other versions), forward, in chunks.
     *
     * @param principal who caused it
     * @return what changed
     */
    public Result catchUp(String principal) {
        LoadedLists now = lists.get();
        if (now.versions().isEmpty()) {
            return new Result(0, 0, empty());
        }
        int screened = 0;
        PartyAlerts.Outcome total = empty();
        String after = null;
        for (List<PartyRecord> page = parties.needingScreening(now.labels(), null, CHUNK); !page.isEmpty();
                page = parties.needingScreening(now.labels(), after, CHUNK)) {
            Result r = screenParties(page, principal, "CATCH_UP");
            screened += r.screened();
            total = plus(total, r.outcome());
            after = page.get(page.size() - 1).key();
        }
        return new Result(screened, 0, total);
    }

    /**
     * Screens every party needing it ({@link #catchUp}) on a background thread: at start, after parties were imported
     * with the CLI while no server ran. Failures are logged; the parties stay UNSCREENED and are tried at the next start.
     */
    public void startCatchUp() {
        Thread t = new Thread(() -> {
            try {
                catchUp("system");
            } catch (RuntimeException e) {
                LOG.error("partner-master catch-up screening failed; parties stay UNSCREENED", e);
            }
        }, "clearance-party-catch-up");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Re-screens the partner master after a new version of one list came into use: its added and changed entries
     * against an index of every party (reverse screening, scores as in forward screening), alerts of its removed
     * entries closed (or flagged when confirmed), alerts on its changed entries that no longer hit closed; then the
     * parties screened against the previous version are moved on to the new one. A list's first version is screened
     * whole the same way.
     *
     * @param change the list, its previous and new version and the delta between them
     * @return what changed
     */
    public Result onListChange(ListChange change) {
        LoadedLists now = lists.get();
        String principal = change.version().loadedBy();
        ListDelta delta = change.delta();
        List<ListEntry> queries = new ArrayList<>();
        delta.added().forEach(id -> now.entry(id).ifPresent(queries::add));
        delta.changed().forEach(id -> now.entry(id).ifPresent(queries::add));
        Set<String> changed = new HashSet<>(delta.changed());
        List<PartyAlerts.Hit> hits = new ArrayList<>();
        Set<String> hitPairs = new HashSet<>();
        if (!queries.isEmpty() && parties.count() > 0) {
            List<Partner> partners = new ArrayList<>();
            parties.forEach(p -> partners.add(partner(p)));
            PartnerIndex index = PartnerIndex.build(partners, now.screener());
            List<List<PartnerIndex.Hit>> found = index.screen(queries, threshold);
            for (int q = 0; q < queries.size(); q++) {
                ListEntry e = queries.get(q);
                for (PartnerIndex.Hit h : found.get(q)) {
                    hits.add(hit(h.partner().key(), h.partnerName(), h.match(), changed.contains(e.id())));
                    hitPairs.add(h.partner().key() + '\u0000' + e.id());
                }
            }
        }
        List<PartyAlerts.Closing> closings = new ArrayList<>();
        for (String id : delta.removed()) {
            closings.add(new PartyAlerts.Closing(null, id, "entry removed from " + change.listName() + " (version "
                    + change.version().label() + ")", true));
        }
        for (PartyAlert a : alerts.activeOn(delta.changed())) {
            if (!hitPairs.contains(a.partyKey() + '\u0000' + a.entryId())) {
                closings.add(new PartyAlerts.Closing(a.partyKey(), a.entryId(), "entry changed in "
                        + change.version().label() + " and no longer matches the party", false));
            }
        }
        ListChangeTrigger inputs = new ListChangeTrigger("LIST_CHANGE", change.listName(),
                change.previous() == null ? null : change.previous().label(), change.version().label(),
                delta.added().size(), delta.changed().size(), delta.removed().size());
        PartyAlerts.Outcome o = alerts.apply(hits, closings, now.labels(), "LIST_CHANGE",
                out -> audit(principal, inputs, new Result(0, queries.size(), out), now.labels()));
        parties.moveScreened(change.listName(), change.previous() == null ? null : change.previous().label(),
                change.version().label());
        return new Result(0, queries.size(), o);
    }

    /**
     * A list change as the audit record of the re-screening it caused names it.
     *
     * @param trigger {@code LIST_CHANGE}
     * @param list the list
     * @param previous the version before, or null for a first load
     * @param version the new version
     * @param added entries added
     * @param changed entries changed
     * @param removed entries removed
     */
    record ListChangeTrigger(String trigger, String list, String previous, String version, int added, int changed,
            int removed) {
    }

    private static PartyAlerts.Hit hit(String partyKey, String partyName, Match m, boolean reopenReviewed) {
        return new PartyAlerts.Hit(partyKey, m.entry().id(), m.entry().list(), MatchJson.round(m.score()), partyName,
                m.matchedName(), JsonText.write(MatchJson.toMap(m).get("explanation")), reopenReviewed);
    }

    private static AuditRecord audit(String principal, Object inputs, Result r, List<String> labels) {
        return AuditRecord.draft(principal, ACTION, JsonText.write(inputs), JsonText.write(r.describe()))
                .withListVersions(labels);
    }

    private static PartyAlerts.Outcome empty() {
        return new PartyAlerts.Outcome(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static PartyAlerts.Outcome plus(PartyAlerts.Outcome a, PartyAlerts.Outcome b) {
        return new PartyAlerts.Outcome(concat(a.opened(), b.opened()), concat(a.reopened(), b.reopened()),
                concat(a.refreshed(), b.refreshed()), concat(a.closed(), b.closed()), concat(a.flagged(), b.flagged()));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
