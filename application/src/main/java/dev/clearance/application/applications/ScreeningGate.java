package dev.clearance.application.applications;

import dev.clearance.application.lists.ListCatalogue;
import dev.clearance.records.gate.GateOverrides;
import dev.clearance.records.gate.GateScreenings;
import dev.clearance.records.decisions.HitDecisions;
import dev.clearance.records.parties.Parties;
import dev.clearance.records.parties.PartyAlerts;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.clearance.lists.ListEntry;
import dev.clearance.matching.normalise.Query;
import dev.clearance.matching.Screener;
import dev.clearance.records.gate.GateOverride;
import dev.clearance.records.FourEyesRefusedException;
import dev.clearance.records.gate.GateScreening;
import dev.clearance.records.gate.GateStep;
import dev.clearance.records.decisions.HitDecision;
import dev.clearance.records.parties.PartyAlert;
import dev.clearance.application.json.JsonText;
import dev.clearance.application.lists.ListsRequired;
import dev.clearance.application.lists.LoadedLists;
import dev.clearance.application.screening.ScreeningOutcome;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * The one gate before shipping: the end user and consignee of an application's filing or approval, of a licence
 * registration and of a drawdown are screened against the current lists, and a party blocked by an officer's
 * confirmed match, with an open partner-master alert, or hit by a list entry without a standing false positive
 * stops the step ({@link ScreeningRefusedException} {@code SCREENING_BLOCKED}, which the server answers with 409)
 * naming the party, the decision or alert and the list entry; a screening against an incomplete set of lists (a
 * configured list not loaded) stops it as {@code SCREENING_INCOMPLETE}, naming the lists.
 * Only overrides (four eyes: requested by one officer, confirmed by another, {@code POST /api/screening-overrides})
 * that cover every block let the step through, each once. What the parties were screened as is stored with the
 * step's subject (the application, licence or shipment), so the record shows what it rests on.
 */
public final class ScreeningGate {
    /** The kind of block a list not loaded raises: a screening that did not cover it does not clear the party. */
    public static final String LIST_NOT_LOADED = "LIST_NOT_LOADED";

    /**
     * A party a step names.
     *
     * @param role the field naming it ({@code endUser}, {@code consignee}, {@code consignees[0]})
     * @param name its name
     * @param key  its partner-master key, or null
     */
    public record GateParty(String role, String name, String key) {
    }

    /**
     * What stops a party.
     *
     * @param kind       CONFIRMED_MATCH (an officer's decision), OPEN_ALERT (partner master), SCREENING_HIT, or
     *                   LIST_NOT_LOADED (a configured list the party was not screened against: not clear)
     * @param role       the field naming the party
     * @param party      the party's name
     * @param partyKey   its key, or null
     * @param decisionId the decision, for a confirmed match
     * @param alertId    the alert, for an open alert
     * @param entryId    the list entry
     * @param list       the entry's list, or null when the entry is no longer loaded
     * @param listedName the entry's name, or null
     */
    public record Block(String kind, String role, String party, String partyKey, Long decisionId, Long alertId,
                 String entryId, String list, String listedName) {
        /** @return the id an override names it by */
        public String id() {
            return switch (kind) {
                case "CONFIRMED_MATCH" -> "decision:" + decisionId;
                case "OPEN_ALERT" -> "alert:" + alertId;
                case LIST_NOT_LOADED -> "list:" + list;
                default -> "hit:" + entryId;
            };
        }

        public String describe() {
            if (LIST_NOT_LOADED.equals(kind)) {
                return role + " '" + party + "'" + (partyKey == null ? "" : " (key " + partyKey + ")")
                        + ": not screened against list " + list + " (configured, not loaded)";
            }
            String by = switch (kind) {
                case "CONFIRMED_MATCH" -> "confirmed match (decision " + decisionId + ")";
                case "OPEN_ALERT" -> "open alert " + alertId;
                default -> "screening hit without a standing false positive";
            };
            return role + " '" + party + "'" + (partyKey == null ? "" : " (key " + partyKey + ")") + ": " + by
                    + " on " + entryId + (listedName == null ? "" : " (" + listedName + ")");
        }
    }

    /**
     * One party's screening at the gate.
     *
     * @param party    the party
     * @param outcome  the screening's verdict (BLOCKED, ALERT, INCOMPLETE, REVIEWED, NO_HIT)
     * @param hits     the entries hitting it, with scores
     * @param blocks   what stops it
     */
    public record PartyCheck(GateParty party, String outcome, List<GateHitView> hits, List<Block> blocks) {
    }

    /**
     * A step's screening.
     *
     * @param step         the step
     * @param listVersions the list versions screened against
     * @param missingLists configured lists not loaded (not screened against)
     * @param parties      each party's screening
     */
    public record Result(GateStep step, List<String> listVersions, List<String> missingLists,
                         List<PartyCheck> parties) {
        public List<Block> blocks() {
            return parties.stream().flatMap(p -> p.blocks().stream()).toList();
        }

        /** @return the screening as answered and stored */
        public GateResultView view() {
            List<GatePartyView> ps = parties.stream().map(p -> new GatePartyView(p.party().role(), p.party().name(),
                    p.party().key(), p.outcome(), p.hits(), p.blocks().stream().map(Block::describe).toList()))
                    .toList();
            return new GateResultView(step.name(), listVersions, missingLists, ps, !blocks().isEmpty(), List.of());
        }
    }

    private final PartyAlerts alerts;
    private final HitDecisions decisions;
    private final ListCatalogue lists;
    private final Parties parties;
    private final GateOverrides gateOverrides;
    private final GateScreenings gateScreenings;

    /**
     * @param alerts the partner master's open alerts
     * @param decisions officers' decisions on hits
     * @param lists the loaded lists
     * @param parties the partner master
     * @param gateOverrides the four-eyes overrides of blocks
     * @param gateScreenings what each step's parties were screened as
     */
    public ScreeningGate(PartyAlerts alerts, HitDecisions decisions, ListCatalogue lists, Parties parties,
            GateOverrides gateOverrides, GateScreenings gateScreenings) {
        this.alerts = alerts;
        this.decisions = decisions;
        this.lists = lists;
        this.parties = parties;
        this.gateOverrides = gateOverrides;
        this.gateScreenings = gateScreenings;
    }

    /**
     * Screens the parties of a step against the current lists, with the officers' decisions and the partner
     * master's open alerts.
     *
     * @throws dev.clearance.application.lists.NoListsException when no list is loaded: an unscreened party is
     *     not clear
     */
    public Result check(GateStep step, List<GateParty> parties) {
        LoadedLists lists = ListsRequired.require(this.lists.current());
        List<PartyCheck> checks = new ArrayList<>();
        for (GateParty p : parties) {
            if (p.name() != null && !p.name().isBlank()) {
                checks.add(check(lists, p));
            }
        }
        return new Result(step, lists.labels(), lists.missing(), checks);
    }

    private PartyCheck check(LoadedLists lists, GateParty p) {
        List<Block> blocks = new ArrayList<>();
        for (HitDecision d : decisions.confirmedMatches(p.key(), p.name())) {
            ListEntry e = lists.entry(d.entryId()).orElse(null);
            blocks.add(new Block("CONFIRMED_MATCH", p.role(), p.name(), p.key(), d.id(), null, d.entryId(),
                    e == null ? null : e.list(), e == null ? null : e.primaryName()));
        }
        Set<String> keys = new LinkedHashSet<>();
        if (p.key() != null) {
            keys.add(p.key());
        }
        keys.addAll(this.parties.keysNamed(p.name()));
        for (String k : keys) {
            for (PartyAlert a : alerts.activeFor(k)) {
                if (a.state() == PartyAlert.State.OPEN) {
                    blocks.add(new Block("OPEN_ALERT", p.role(), p.name(), k, null, a.id(), a.entryId(),
                            a.listName(), a.matchedName()));
                }
            }
        }
        ScreeningOutcome outcome = ScreeningOutcome.screen(lists, decisions,
                new Query(p.key(), p.name(), null, null, null, List.of()), Screener.DEFAULT_THRESHOLD, 10);
        List<GateHitView> hits = new ArrayList<>();
        Set<String> blockedEntries = new LinkedHashSet<>();
        blocks.forEach(b -> blockedEntries.add(b.entryId()));
        for (ScreeningOutcome.Hit h : outcome.hits()) {
            ListEntry e = h.match().entry();
            hits.add(new GateHitView(e.id(), e.list(), h.match().matchedName(), h.match().score(),
                    h.status().state().name()));
            if (h.alert() && blockedEntries.add(e.id())) {
                blocks.add(new Block("SCREENING_HIT", p.role(), p.name(), p.key(), null, null, e.id(), e.list(),
                        e.primaryName()));
            }
        }
        for (String missing : lists.missing()) {
            blocks.add(new Block(LIST_NOT_LOADED, p.role(), p.name(), p.key(), null, null, null, missing, null));
        }
        return new PartyCheck(p, outcome.verdict().name(), hits, blocks);
    }

    /**
     * The screening an override is requested on: a party nothing blocks needs none.
     *
     * @throws ScreeningRefusedException {@code NOT_BLOCKED} with the screening, when nothing blocks the party
     */
    public Result toOverride(GateStep step, GateParty party) {
        Result result = check(step, List.of(party));
        if (result.blocks().isEmpty()) {
            throw ScreeningRefusedException.notBlocked(party.role(), "'" + party.name()
                    + "' is not blocked: nothing to override", result.view());
        }
        return result;
    }

    /**
     * Lets a step through: with no block, at once; with blocks, only when the overrides given cover every one
     * (confirmed by a second officer, for this party and step, unused, naming the block).
     *
     * @param overrideIds the overrides the request names
     * @return the overrides used
     * @throws ScreeningRefusedException {@code SCREENING_BLOCKED} naming each block not covered and why, or
     *     {@code SCREENING_INCOMPLETE} naming the lists not loaded when those are the only blocks not covered
     */
    public List<GateOverride> admit(Result result, List<Long> overrideIds) {
        List<Block> blocks = result.blocks();
        if (blocks.isEmpty()) {
            return List.of();
        }
        List<GateOverride> overrides = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Long id : overrideIds) {
            GateOverride o = gateOverrides.get(id).orElse(null);
            if (o == null) {
                problems.add("no override " + id);
            } else if (!o.confirmed()) {
                problems.add("override " + id + " waits for a second officer's confirmation");
            } else if (o.used()) {
                problems.add("override " + id + " was used already (" + o.usedFor() + ")");
            } else if (o.step() != result.step()) {
                problems.add("override " + id + " is for " + o.step() + ", not " + result.step());
            } else {
                overrides.add(o);
            }
        }
        List<Block> uncovered = new ArrayList<>();
        Set<GateOverride> used = new LinkedHashSet<>();
        for (Block b : blocks) {
            GateOverride cover = overrides.stream()
                    .filter(o -> o.names(b.partyKey(), b.party()) && covered(o).contains(b.id()))
                    .findFirst().orElse(null);
            if (cover == null) {
                uncovered.add(b);
            } else {
                used.add(cover);
            }
        }
        if (!uncovered.isEmpty()) {
            List<GateBlockView> blocksLeft = uncovered.stream().map(ScreeningGate::describe).toList();
            if (uncovered.stream().allMatch(b -> LIST_NOT_LOADED.equals(b.kind()))) {
                GateRefusal details = new GateRefusal(result.step().name(), blocksLeft, problems,
                        result.listVersions(), result.missingLists());
                throw ScreeningRefusedException.blocked(ScreeningRefusedException.Kind.SCREENING_INCOMPLETE,
                        uncovered.get(0).role(), "screening incomplete: configured list(s) "
                        + String.join(", ", result.missingLists()) + " not loaded, so not screened against: "
                        + String.join("; ", uncovered.stream().map(Block::describe).toList())
                        + (problems.isEmpty() ? "" : " (" + String.join("; ", problems) + ")") + ". Load the "
                        + "lists (POST /api/lists/reload), or an officer may request an override (POST "
                        + "/api/screening-overrides), which a second officer confirms.", details);
            }
            GateRefusal details = new GateRefusal(result.step().name(), blocksLeft, problems, result.listVersions(),
                    null);
            throw ScreeningRefusedException.blocked(ScreeningRefusedException.Kind.SCREENING_BLOCKED,
                    uncovered.get(0).role(), "blocked by screening: " + String.join("; ",
                    uncovered.stream().map(Block::describe).toList()) + (problems.isEmpty() ? "" : " ("
                    + String.join("; ", problems) + ")") + ". An officer may request an override (POST "
                    + "/api/screening-overrides), which a second officer confirms.", details);
        }
        return List.copyOf(used);
    }

    /**
     * Stores what the step's parties were screened as, under its subject, and marks the overrides used: after the
     * step is stored (or inside its transaction, {@code h} not null).
     */
    public void record(Handle h, String subject, Result result, List<GateOverride> used, Long auditSeq) {
        for (GateOverride o : used) {
            try {
                gateOverrides.use(o.id(), subject);
            } catch (FourEyesRefusedException e) {
                throw ScreeningRefusedException.overrideUnusable(e.getMessage(), o.id());
            }
        }
        GateResultView content = result.view().withOverrides(used.stream().map(ScreeningGate::describe).toList());
        String versions = JsonText.write(result.listVersions());
        Long overrideId = used.isEmpty() ? null : used.get(0).id();
        if (h == null) {
            gateScreenings.add(subject, result.step(), versions, JsonText.write(content), overrideId, auditSeq);
        } else {
            gateScreenings.add(h, subject, result.step(), versions, JsonText.write(content), overrideId,
                    auditSeq);
        }
    }

    /** @return a text field of a stored request (JSON), or null */
    public static String field(String json, String name) {
        com.fasterxml.jackson.databind.JsonNode v = JsonText.tree(json).get(name);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    /** @return the screenings stored for a subject, as the API shows them */
    public List<GateScreeningView> screenings(String subject) {
        return gateScreenings.of(subject).stream().map(s -> new GateScreeningView(s.id(), s.step().name(),
                s.checkedAt(), JsonText.tree(s.result()), s.overrideId())).toList();
    }

    /** @return the list versions of a subject's latest screening, or null when it has none */
    public List<String> lastListVersions(String subject) {
        List<GateScreening> all = gateScreenings.of(subject);
        if (all.isEmpty()) {
            return null;
        }
        return JsonText.MAPPER.convertValue(JsonText.tree(all.get(all.size() - 1).listVersions()),
                new TypeReference<List<String>>() { });
    }

    public static Set<String> covered(GateOverride o) {
        return new LinkedHashSet<>(JsonText.MAPPER.convertValue(JsonText.tree(o.blocks()),
                new TypeReference<List<String>>() { }));
    }

    public static GateBlockView describe(Block b) {
        return new GateBlockView(b.id(), b.kind(), b.role(), b.party(), b.partyKey(), b.decisionId(), b.alertId(),
                b.entryId(), b.list(), b.listedName(), b.describe());
    }

    public static GateOverrideView describe(GateOverride o) {
        return GateOverrideView.of(o, covered(o));
    }
}
