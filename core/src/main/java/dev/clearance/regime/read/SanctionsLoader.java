package dev.clearance.regime.read;

import dev.clearance.regime.CountryGroup;
import dev.clearance.regime.Regime;
import dev.clearance.regime.LicencePolicy;
import dev.clearance.regime.SanctionsMeasure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a regime's sanctions file ({@code regimes/sanctions/<regime>.yaml}) strictly: unknown fields, bad
 * dates, unknown countries, end uses, lists or effects, and a measure without its source are errors naming
 * the file and the path inside it.
 */
public final class SanctionsLoader {
    private static final Set<String> STATUSES = Set.of("CONFIRMED", "CHECK", "UNCONFIRMED");

    private SanctionsLoader() {
    }

    /** The measures of a sanctions file for the regime of {@code jurisdiction}. */
    public static List<SanctionsMeasure> parse(String name, byte[] bytes, String jurisdiction) {
        return parse(name, bytes, jurisdiction, null);
    }

    /**
     * The measures of a sanctions file for {@code regime}: a group a measure names must be one of the regime's, so a
     * misspelt group is refused naming its place rather than reaching no country.
     */
    public static List<SanctionsMeasure> parse(String name, byte[] bytes, Regime regime) {
        return parse(name, bytes, regime.jurisdiction(), regime);
    }

    private static List<SanctionsMeasure> parse(String name, byte[] bytes, String jurisdiction, Regime regime) {
        DataNode root = DataNode.parse(name, bytes).allow(Set.of("jurisdiction", "source", "measures"));
        if (!root.text("jurisdiction").equals(jurisdiction)) {
            throw root.error("jurisdiction", "the file is for " + root.text("jurisdiction") + ", not " + jurisdiction);
        }
        root.text("source");
        List<SanctionsMeasure> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (DataNode m : root.list("measures")) {
            SanctionsMeasure measure = measure(m, Set.of(), regime);
            if (!codes.add(measure.code())) {
                throw m.error("code", "duplicate measure " + measure.code());
            }
            out.add(measure);
        }
        return out;
    }

    private static final Set<String> FIELDS = Set.of("code", "title", "from", "to", "status", "destinations", "groups",
            "worldwide", "except", "headquarters", "regions", "items", "endUses", "effect", "policy", "authority",
            "authorisation", "derogations", "note", "source");

    /** One measure, as a sanctions file writes it, with {@code extra} fields allowed beside (a scenario's kind). */
    public static SanctionsMeasure measure(DataNode m, Set<String> extra) {
        return measure(m, extra, null);
    }

    /** One measure of {@code regime} (null: its groups are not checked). */
    public static SanctionsMeasure measure(DataNode m, Set<String> extra, Regime regime) {
        Set<String> allowed = new HashSet<>(FIELDS);
        allowed.addAll(extra);
        m.allow(allowed);
        String status = m.optText("status", "CONFIRMED");
        if (!STATUSES.contains(status)) {
            throw m.error("status", "expected CONFIRMED, CHECK or UNCONFIRMED");
        }
        List<String> destinations = m.texts("destinations", RegimeLoader::country);
        List<String> groups = m.texts("groups", n -> group(n, regime));
        boolean worldwide = m.bool("worldwide", false);
        if (worldwide && !(destinations.isEmpty() && groups.isEmpty())) {
            throw m.error("worldwide", "a measure reaching every destination names no destination or group (use except)");
        }
        if (!worldwide && destinations.isEmpty() && groups.isEmpty()) {
            throw m.error("destinations", "a measure names at least one destination or group, or is worldwide");
        }
        SanctionsMeasure.Places except = SanctionsMeasure.Places.NONE;
        SanctionsMeasure.Places exceptUnless = SanctionsMeasure.Places.NONE;
        if (m.has("except")) {
            DataNode e = m.get("except").allow(Set.of("destinations", "groups", "unlessIn"));
            except = places(e, "destinations", "groups", regime);
            exceptUnless = mixed(e, "unlessIn", regime);
            if (except.isEmpty()) {
                throw e.error("groups", "an exception names at least one destination or group");
            }
        }
        SanctionsMeasure.Places headquarters = SanctionsMeasure.Places.NONE;
        if (m.has("headquarters")) {
            DataNode h = m.get("headquarters").allow(Set.of("destinations", "groups"));
            headquarters = places(h, "destinations", "groups", regime);
            if (headquarters.isEmpty()) {
                throw h.error("destinations", "a headquarters scope names at least one country or group");
            }
        }
        SanctionsMeasure.Effect effect;
        try {
            effect = SanctionsMeasure.Effect.valueOf(m.text("effect").toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw m.error("effect", "expected prohibited, licence, authority or notify");
        }
        LicencePolicy policy = null;
        if (m.has("policy")) {
            policy = LicencePolicy.parse(m.text("policy"));
            if (policy == null) {
                throw m.error("policy", "expected denial or case-by-case");
            }
            if (effect != SanctionsMeasure.Effect.LICENCE) {
                throw m.error("policy", "only a licence measure has a policy");
            }
        }
        String authority = m.optText("authority", null);
        String authorisation = m.optText("authorisation", null);
        if (effect == SanctionsMeasure.Effect.AUTHORITY && (authority == null || authorisation == null)) {
            throw m.error(authority == null ? "authority" : "authorisation",
                    "an authority measure names the authority and what it grants");
        }
        if (effect == SanctionsMeasure.Effect.NOTIFY && authority == null) {
            throw m.error("authority", "a notify measure names the authority that decides");
        }
        List<SanctionsMeasure.Derogation> derogations = new ArrayList<>();
        for (DataNode d : m.list("derogations")) {
            d.allow(Set.of("text", "authority", "source"));
            derogations.add(new SanctionsMeasure.Derogation(d.text("text"), d.text("authority"), d.text("source")));
        }
        return new SanctionsMeasure(m.text("code"), m.text("title"), m.period(), SanctionsMeasure.Status.valueOf(status),
                destinations, groups, worldwide, except, exceptUnless, headquarters, RegionsReader.codes(m, "regions"),
                items(m.get("items")),
                m.texts("endUses", n -> RegimeLoader.reference(n, RegimeLoader.END_USES, "end use")), effect, policy,
                authority, authorisation, derogations, m.optText("note", ""), m.text("source"));
    }

    private static SanctionsMeasure.Places places(DataNode n, String countries, String groups, Regime regime) {
        return new SanctionsMeasure.Places(n.texts(countries, RegimeLoader::country), n.texts(groups, g -> group(g, regime)));
    }

    /** Countries (two letters) and groups of the regime in one list ({@code unlessIn: [A:5, A:6]}). */
    private static SanctionsMeasure.Places mixed(DataNode n, String field, Regime regime) {
        List<String> countries = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (DataNode x : n.list(field)) {
            if (x.asText().trim().matches("[A-Z]{2}")) {
                countries.add(RegimeLoader.country(x));
            } else {
                groups.add(group(x, regime));
            }
        }
        return new SanctionsMeasure.Places(countries, groups);
    }

    private static String group(DataNode n, Regime regime) {
        String code = n.asText().trim();
        if (regime != null && regime.group(code).isEmpty()) {
            throw n.error("unknown group '" + code + "' of " + regime.jurisdiction() + " (known: " + String.join(", ",
                    regime.groups().stream().map(CountryGroup::code).toList()) + ")");
        }
        return code;
    }

    private static SanctionsMeasure.ItemScope items(DataNode i) {
        i.allow(Set.of("kind", "entries", "entriesComplete", "lists", "reasons", "hs", "held", "bounded", "list"));
        SanctionsMeasure.ItemScope.Kind kind = switch (i.text("kind")) {
            case "all" -> SanctionsMeasure.ItemScope.Kind.ALL;
            case "listed" -> SanctionsMeasure.ItemScope.Kind.LISTED;
            case "hs" -> SanctionsMeasure.ItemScope.Kind.HS;
            default -> throw i.error("kind", "expected all, listed or hs");
        };
        List<String> entries = i.texts("entries", e -> {
            String code = e.asText().trim();
            if (!code.matches("[0-9]([A-E]([0-9]{3}(\\.[a-z0-9]+)*)?)?")) {
                throw e.error("not a control-list code or prefix: '" + code + "'");
            }
            return code;
        });
        List<String> lists = i.texts("lists", n -> RegimeLoader.reference(n, RegimeLoader.LIST_REGIMES, "list regime"));
        List<String> reasons = i.texts("reasons", n -> {
            String reason = n.asText().trim();
            if (!reason.matches("[A-Z]{2,3}")) {
                throw n.error("not a reason for control (NS, NP, MT, CB ...): '" + reason + "'");
            }
            return reason;
        });
        List<String> hs = i.texts("hs", n -> {
            String code = n.asText().trim();
            if (!code.matches("[0-9]{2,10}")) {
                throw n.error("not an HS code or prefix (2 to 10 digits): '" + code + "'");
            }
            return code;
        });
        if (kind != SanctionsMeasure.ItemScope.Kind.LISTED && (!entries.isEmpty() || !lists.isEmpty() || !reasons.isEmpty())) {
            throw i.error("entries", "only a listed scope names entries, lists or reasons");
        }
        if (kind != SanctionsMeasure.ItemScope.Kind.HS && !hs.isEmpty()) {
            throw i.error("hs", "only an hs scope names HS codes");
        }
        boolean held = i.bool("held", false);
        if (held && hs.isEmpty()) {
            throw i.error("hs", "a held list names its codes");
        }
        return new SanctionsMeasure.ItemScope(kind, entries, i.bool("entriesComplete", true), lists, reasons, hs, held,
                i.bool("bounded", true), i.optText("list", ""));
    }
}
