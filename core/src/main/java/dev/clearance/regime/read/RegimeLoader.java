package dev.clearance.regime.read;

import dev.clearance.regime.CatchAllRule;
import dev.clearance.regime.ChartFootnote;
import dev.clearance.regime.Codes;
import dev.clearance.regime.ControlEntry;
import dev.clearance.regime.ControlList;
import dev.clearance.regime.Countries;
import dev.clearance.regime.CountryGroup;
import dev.clearance.regime.EarData;
import dev.clearance.regime.Embargo;
import dev.clearance.regime.EndUseRule;
import dev.clearance.regime.EndUserRule;
import dev.clearance.regime.ExceptionRestriction;
import dev.clearance.regime.ItemRestriction;
import dev.clearance.regime.LicenceType;
import dev.clearance.regime.ListControl;
import dev.clearance.regime.ListEffect;
import dev.clearance.regime.ListRules;
import dev.clearance.regime.Measure;
import dev.clearance.regime.Membership;
import dev.clearance.regime.Period;
import dev.clearance.regime.ProcessingRule;
import dev.clearance.regime.Prohibition;
import dev.clearance.regime.Regime;
import dev.clearance.regime.RegimeNote;
import dev.clearance.regime.Uncertainty;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one regime data file (YAML or JSON) and validates it: unknown fields, bad dates, overlapping
 * intervals, unknown country codes, unknown entries and dangling group or licence references are
 * errors naming the file and the path inside it.
 */
public final class RegimeLoader {
    static final Set<String> END_USES = Set.of("civil", "wmd", "conventional-weapons", "military", "military-intelligence",
            "supercomputer", "advanced-node-ic", "ic-production", "semiconductor-equipment", "internal-repression",
            "unknown");

    private RegimeLoader() {
    }

    /** Loads a regime from a file. */
    static Regime load(Path file) throws IOException {
        Regime regime = parse(file.getFileName().toString(), Files.readAllBytes(file));
        Path sanctions = file.resolveSibling("sanctions").resolve(file.getFileName());
        return Files.isRegularFile(sanctions) ? withSanctions(regime, "sanctions/" + file.getFileName(),
                Files.readAllBytes(sanctions), Files.readAllBytes(file)) : regime;
    }

    /** The regime with the measures of its sanctions file; the version covers both files. */
    private static Regime withSanctions(Regime regime, String name, byte[] sanctions, byte[] regimeBytes) {
        byte[] both = new byte[regimeBytes.length + sanctions.length];
        System.arraycopy(regimeBytes, 0, both, 0, regimeBytes.length);
        System.arraycopy(sanctions, 0, both, regimeBytes.length, sanctions.length);
        return regime.withSanctions(SanctionsLoader.parse(name, sanctions, regime), version(both));
    }

    /** Loads a regime from bytes; {@code name} is used in errors. */
    public static Regime parse(String name, byte[] bytes) {
        return read(DataNode.parse(name, bytes), version(bytes));
    }

    /** Loads a regime bundled with Clearance, e.g. {@code regimes/jp.yaml}. */
    static Regime resource(String path) {
        try (InputStream in = RegimeLoader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled regime missing: " + path);
            }
            byte[] bytes = in.readAllBytes();
            Regime regime = parse(path, bytes);
            int slash = path.lastIndexOf('/');
            String sanctions = path.substring(0, slash + 1) + "sanctions/" + path.substring(slash + 1);
            try (InputStream s = RegimeLoader.class.getClassLoader().getResourceAsStream(sanctions)) {
                return s == null ? regime : withSanctions(regime, sanctions, s.readAllBytes(), bytes);
            }
        } catch (IOException e) {
            throw new IllegalStateException("bundled regime unreadable: " + path, e);
        }
    }

    private static Regime read(DataNode root, String version) {
        root.allow(Set.of("jurisdiction", "name", "authority", "coverage", "source", "listControl", "entries",
                "groups", "licenceTypes", "catchAll", "measures", "processing", "notes", "reviewed", "prohibitions", "countryChart", "exporterGroup", "listRules",
                "applications", "deMinimis"));
        String jurisdiction = root.text("jurisdiction");
        if (!jurisdiction.matches("[A-Z]{2}")) {
            throw root.error("jurisdiction", "expected a two-letter code such as JP");
        }
        Period coverage = root.get("coverage").allow(Set.of("from", "to")).period();
        ListControl listControl = root.has("listControl") ? listControl(root.get("listControl"), jurisdiction) : null;
        ControlList controlList = ControlListReader.bundled();
        LocalDate reviewed = root.optDate("reviewed");

        List<ControlEntry> entries = new ArrayList<>();
        Set<String> entryCodes = new HashSet<>();
        for (DataNode e : root.list("entries")) {
            ControlEntry entry = entry(e);
            if (!entryCodes.add(entry.code())) {
                throw e.error("code", "duplicate entry " + entry.code());
            }
            entries.add(entry);
        }

        Map<String, DataNode> groupNodes = new LinkedHashMap<>();
        for (DataNode g : root.list("groups")) {
            String code = g.text("code");
            if (groupNodes.put(code, g) != null) {
                throw g.error("code", "duplicate group " + code);
            }
        }
        List<CountryGroup> groups = new ArrayList<>();
        groupNodes.values().forEach(g -> groups.add(group(g, groupNodes.keySet())));
        // A Country Chart regime (the EAR) takes its Country Groups from the bundled tables.
        EarData ear = root.bool("countryChart", false) ? EarTables.bundled() : null;
        if (ear != null) {
            groups.addAll(ear.countryGroups(coverage));
        }
        Set<String> groupCodes = new java.util.LinkedHashSet<>(groupNodes.keySet());
        groups.forEach(g -> groupCodes.add(g.code()));

        List<LicenceType> licences = new ArrayList<>();
        Set<String> licenceCodes = new HashSet<>();
        for (DataNode l : root.list("licenceTypes")) {
            LicenceType t = licence(l, groupCodes);
            if (!licenceCodes.add(t.code())) {
                throw l.error("code", "duplicate licence type " + t.code());
            }
            licences.add(t);
        }
        List<CatchAllRule> catchAll = new ArrayList<>();
        for (DataNode c : root.list("catchAll")) {
            catchAll.add(catchAll(c, groupCodes));
        }
        List<Measure> measures = new ArrayList<>();
        for (DataNode m : root.list("measures")) {
            measures.add(measure(m, code -> entryCodes.contains(code)
                    || controlList.find(code).map(x -> x.status().listed()).orElse(false), licenceCodes));
        }
        List<Prohibition> prohibitions = new ArrayList<>();
        for (DataNode p : root.list("prohibitions")) {
            prohibitions.add(prohibition(p));
        }
        List<ProcessingRule> processing = new ArrayList<>();
        for (DataNode p : root.list("processing")) {
            processing.add(processing(p, groupCodes, licenceCodes));
        }
        List<RegimeNote> notes = new ArrayList<>();
        for (DataNode n : root.list("notes")) {
            n.texts("exceptGroups", g -> reference(g, groupCodes, "group"));
            notes.add(note(n));
        }
        String exporterGroup = root.has("exporterGroup") ? reference(root.get("exporterGroup"), groupCodes, "group") : null;
        if (listControl != null) {
            for (String g : listControl.freeGroups()) {
                if (!groupCodes.contains(g)) {
                    throw root.error("listControl.freeGroups", "unknown group '" + g + "'");
                }
            }
        }
        ListRules rules = listRules(root, ear, coverage, licences);
        return new Regime(jurisdiction, root.text("name"), root.optText("authority", ""), coverage, version,
                root.text("source"), listControl, entries, groups, licences, catchAll, measures, processing, notes,
                reviewed, prohibitions, controlList, ear, exporterGroup, rules,
                root.has("applications") ? ApplicationRulesReader.read(root.get("applications"), groupCodes,
                        licenceCodes) : null,
                root.has("deMinimis") ? DeMinimisReader.read(root.get("deMinimis"), groupCodes) : null);
    }

    private static ListRules listRules(DataNode root, EarData ear, Period coverage, List<LicenceType> licences) {
        List<Embargo> embargoes = ear == null ? List.of() : ear.embargoes(coverage);
        if (!root.has("listRules")) {
            if (!embargoes.isEmpty()) {
                return new ListRules(ListRules.NONE.entryLabel(), null, "", null, "", embargoes, List.of(), List.of(),
                        List.of(), List.of());
            }
            for (LicenceType t : licences) {
                if (t.restricted()) {
                    throw root.error("licenceTypes", t.code() + " is restricted but the file gives no listRules.restrictions");
                }
            }
            return ListRules.NONE;
        }
        DataNode n = root.get("listRules").allow(Set.of("entryLabel", "unlisted", "unlistedText", "noLicenceText",
                "source", "chartFootnotes", "endUserRules", "endUseRules", "exceptionRestrictions", "itemRestrictions",
                "noLicenceSummary"));
        List<ChartFootnote> footnotes = new ArrayList<>();
        for (DataNode f : n.list("chartFootnotes")) {
            f.allow(Set.of("footnote", "effect", "entries", "unlisted", "note", "source", "regions"));
            List<String> entries = f.texts("entries", e -> {
                String code = Codes.canonical(e.asText());
                if (!Codes.isValid(code)) {
                    throw e.error("not a control-list code like 0A501 or 6A003.b.4.b: '" + e.asText() + "'");
                }
                return code;
            });
            footnotes.add(new ChartFootnote(f.text("footnote"), effect(f, "effect", "info"), entries,
                    effect(f, "unlisted", "info"), f.optText("note", ""), f.text("source"), RegionsReader.codes(f, "regions")));
        }
        List<EndUserRule> endUser = new ArrayList<>();
        for (DataNode u : n.list("endUserRules")) {
            endUser.add(endUserRule(u));
        }
        List<EndUseRule> endUseRules = new ArrayList<>();
        for (DataNode u : n.list("endUseRules")) {
            u.allow(Set.of("code", "endUses", "check", "text", "source"));
            List<String> uses = u.texts("endUses", x -> reference(x, END_USES, "end use"));
            if (uses.isEmpty()) {
                throw u.error("endUses", "an end-use rule names at least one end use");
            }
            endUseRules.add(new EndUseRule(u.text("code"), uses, u.bool("check", false), u.text("text"), u.text("source")));
        }
        List<ExceptionRestriction> restrictions = new ArrayList<>();
        for (DataNode r : n.list("exceptionRestrictions")) {
            r.allow(Set.of("code", "when", "endUse", "text", "source"));
            ExceptionRestriction.When when = switch (r.text("when")) {
                case "embargo" -> ExceptionRestriction.When.EMBARGO;
                case "listed-party" -> ExceptionRestriction.When.LISTED_PARTY;
                case "end-use" -> ExceptionRestriction.When.END_USE;
                default -> throw r.error("when", "expected embargo, listed-party or end-use");
            };
            String endUse = when == ExceptionRestriction.When.END_USE ? reference(r.get("endUse"), END_USES, "end use") : null;
            restrictions.add(new ExceptionRestriction(r.text("code"), when, endUse, r.text("text"), r.text("source")));
        }
        Set<String> licenceCodes = new HashSet<>();
        licences.forEach(t -> licenceCodes.add(t.code()));
        List<ItemRestriction> items = new ArrayList<>();
        for (DataNode r : n.list("itemRestrictions")) {
            r.allow(Set.of("code", "title", "entries", "partial", "except", "noFreeTransfer", "excludedLicences", "from",
                    "to", "check", "text", "source"));
            List<String> entries = r.texts("entries", RegimeLoader::entryPrefix);
            if (entries.isEmpty()) {
                throw r.error("entries", "an item restriction names at least one entry");
            }
            items.add(new ItemRestriction(r.text("code"), r.text("title"), entries,
                    r.texts("partial", RegimeLoader::entryPrefix), r.texts("except", RegimeLoader::entryPrefix),
                    r.bool("noFreeTransfer", false), r.texts("excludedLicences", x -> reference(x, licenceCodes,
                    "licence type")), r.period(), r.bool("check", false), r.text("text"), r.text("source")));
        }
        return new ListRules(n.optText("entryLabel", ListRules.NONE.entryLabel()), n.optText("unlisted", null),
                n.optText("unlistedText", ""), n.optText("noLicenceText", null), n.optText("source", ""), embargoes,
                footnotes, endUser, endUseRules, restrictions, items, n.optText("noLicenceSummary", null));
    }

    /** An end-user rule: the lists or list effects it reads, and what a hit means. */
    private static EndUserRule endUserRule(DataNode u) {
        u.allow(Set.of("code", "lists", "effects", "outcome", "from", "to", "policy", "check", "authority", "text",
                "source"));
        List<String> lists = u.texts("lists", DataNode::asText);
        List<ListEffect> effects = new ArrayList<>();
        u.texts("effects", e -> {
            try {
                effects.add(ListEffect.parse(e.asText()));
                return e.asText();
            } catch (IllegalArgumentException x) {
                throw e.error(x.getMessage());
            }
        });
        if (lists.isEmpty() && effects.isEmpty()) {
            throw u.error("lists", "an end-user rule names at least one list or list effect (effects)");
        }
        EndUserRule.Outcome outcome = switch (u.optText("outcome", "licence")) {
            case "prohibited" -> EndUserRule.Outcome.PROHIBITED;
            case "licence" -> EndUserRule.Outcome.LICENCE;
            case "check" -> EndUserRule.Outcome.CHECK;
            default -> throw u.error("outcome", "expected prohibited, licence or check");
        };
        return new EndUserRule(u.text("code"), lists, effects, outcome, u.period(), u.optText("policy", ""),
                u.bool("check", false), u.optText("authority", null), u.text("text"), u.text("source"));
    }

    private static ChartFootnote.Effect effect(DataNode n, String field, String otherwise) {
        return switch (n.optText(field, otherwise)) {
            case "required" -> ChartFootnote.Effect.REQUIRED;
            case "check" -> ChartFootnote.Effect.CHECK;
            case "info" -> ChartFootnote.Effect.INFO;
            default -> throw n.error(field, "expected required, check or info");
        };
    }

    static final Set<String> LIST_REGIMES = Set.of("WA", "WA-ML", "NSG", "AG", "MTCR");

    private static ListControl listControl(DataNode n, String jurisdiction) {
        n.allow(Set.of("name", "rule", "source", "rows", "categories", "freeGroups", "freeText"));
        List<ListControl.Row> rows = new ArrayList<>();
        for (DataNode r : n.list("rows")) {
            r.allow(Set.of("regime", "category", "codes", "ref", "source"));
            String regime = r.has("regime") ? reference(r.get("regime"), LIST_REGIMES, "list regime") : null;
            String category = r.optText("category", null);
            if (category != null && !category.matches("[0-9]")) {
                throw r.error("category", "category must be one digit 0-9");
            }
            List<String> codes = r.texts("codes", c -> {
                String code = Codes.canonical(c.asText());
                if (!Codes.isValid(code) || code.length() != 5) {
                    throw c.error("not an entry code like 1C351: '" + c.asText() + "'");
                }
                return code;
            });
            rows.add(new ListControl.Row(regime, category, codes, r.text("ref"), r.text("source")));
        }
        // The shorthand of earlier files: category digit -> row, for Wassenaar-numbered entries.
        if (n.has("categories")) {
            DataNode c = n.get("categories");
            for (String k : c.fieldNames()) {
                if (!k.matches("[0-9]")) {
                    throw c.error(k, "category must be one digit 0-9");
                }
                rows.add(new ListControl.Row(null, k, List.of(), c.text(k), n.text("source")));
            }
        }
        return new ListControl(n.optText("name", jurisdiction + " control list"), n.text("rule"), rows, n.text("source"),
                n.texts("freeGroups", DataNode::asText), n.optText("freeText", ""));
    }

    private static Prohibition prohibition(DataNode p) {
        p.allow(Set.of("code", "destinations", "from", "to", "text", "note", "source"));
        List<String> destinations = p.texts("destinations", RegimeLoader::country);
        if (destinations.isEmpty()) {
            throw p.error("destinations", "a prohibition names at least one destination");
        }
        return new Prohibition(p.text("code"), destinations, p.period(), p.text("text"), p.optText("note", ""),
                p.text("source"));
    }

    /** An uncertainty window {from, to, note, source}, or null when the field is absent. */
    private static Uncertainty uncertainty(DataNode parent, String field) {
        if (!parent.has(field)) {
            return null;
        }
        DataNode u = parent.get(field).allow(Set.of("from", "to", "note", "source"));
        Period window = u.period();
        if (window.from() == null && window.to() == null) {
            throw u.error("an uncertainty window names at least one of from and to");
        }
        return new Uncertainty(window, u.text("note"), u.text("source"));
    }

    private static ControlEntry entry(DataNode e) {
        e.allow(Set.of("code", "title", "localRef", "parameters", "cas", "source", "note", "regime", "check"));
        String code = e.text("code");
        if (!Codes.isValid(code)) {
            throw e.error("code", "not a control-list code like 3C002 or 3C002.a.2: '" + code + "'");
        }
        String localRef = "";
        boolean confirmed = true;
        if (e.has("localRef")) {
            DataNode l = e.get("localRef").allow(Set.of("ref", "confirmed", "note"));
            localRef = l.text("ref");
            confirmed = l.bool("confirmed", true);
            if (!confirmed) {
                localRef = localRef + " (UNCONFIRMED)";
            }
        }
        List<ControlEntry.Parameter> params = new ArrayList<>();
        for (DataNode p : e.list("parameters")) {
            p.allow(Set.of("name", "op", "value", "unit"));
            String op = p.text("op");
            if (!Set.of("<", "<=", ">", ">=", "=").contains(op)) {
                throw p.error("op", "expected one of < <= > >= =");
            }
            params.add(new ControlEntry.Parameter(p.text("name"), op, p.text("value"), p.optText("unit", "")));
        }
        List<String> cas = e.texts("cas", RegimeLoader::casNumber);
        String regime = e.has("regime") ? reference(e.get("regime"), LIST_REGIMES, "list regime") : "";
        return new ControlEntry(code, e.text("title"), localRef, confirmed, params, cas, e.text("source"),
                e.optText("note", ""), false, regime, e.bool("check", false));
    }

    /** A CAS number like 7664-39-3, or an error at {@code n}. */
    static String casNumber(DataNode n) {
        String c = n.asText().trim();
        if (!c.matches("[0-9]{2,7}-[0-9]{2}-[0-9]")) {
            throw n.error("not a CAS number like 7664-39-3: '" + c + "'");
        }
        return c;
    }

    /** An ISO 3166-1 alpha-2 code, or an error at {@code n}. */
    public static String country(DataNode n) {
        String c = n.asText().trim();
        if (!Countries.isValid(c)) {
            throw n.error("unknown ISO 3166-1 alpha-2 country code '" + c + "'");
        }
        return c;
    }

    /** One of {@code known}, or an error at {@code n} listing them. */
    static String reference(DataNode n, Set<String> known, String what) {
        String c = n.asText().trim();
        if (!known.contains(c)) {
            throw n.error("unknown " + what + " '" + c + "' (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
        }
        return c;
    }

    private static CountryGroup group(DataNode g, Set<String> groupCodes) {
        g.allow(Set.of("code", "name", "from", "to", "complete", "note", "source", "members", "residualOf"));
        List<String> residualOf = g.texts("residualOf", n -> reference(n, groupCodes, "group"));
        List<Membership> members = new ArrayList<>();
        for (DataNode m : g.list("members")) {
            m.allow(Set.of("countries", "from", "to", "source", "confirmed", "uncertain"));
            Period p = m.period();
            String source = m.text("source");
            boolean confirmed = m.bool("confirmed", true);
            Uncertainty uncertain = uncertainty(m, "uncertain");
            for (DataNode c : m.list("countries")) {
                String country = country(c);
                for (Membership earlier : members) {
                    if (earlier.country().equals(country) && earlier.period().overlaps(p)) {
                        throw c.error(country + " " + p + " overlaps its membership " + earlier.period()
                                + " of group " + g.text("code"));
                    }
                }
                members.add(new Membership(country, p, source, confirmed, uncertain));
            }
        }
        if (!residualOf.isEmpty() && !members.isEmpty()) {
            throw g.error("members", "a residual group (residualOf) has no members of its own");
        }
        return new CountryGroup(g.text("code"), g.text("name"), g.period(), g.bool("complete", true), residualOf,
                members, g.text("source"), g.optText("note", ""));
    }

    private static LicenceType licence(DataNode l, Set<String> groupCodes) {
        l.allow(Set.of("code", "name", "rank", "scope", "groups", "excludedGroups", "from", "to", "validityYears",
                "conditions", "check", "source", "entryFlag", "valueLimit", "overcomes", "restricted", "entries"));
        LicenceType.Scope scope = switch (l.optText("scope", "any")) {
            case "listed" -> LicenceType.Scope.LISTED;
            case "catch-all" -> LicenceType.Scope.CATCH_ALL;
            case "any" -> LicenceType.Scope.ANY;
            default -> throw l.error("scope", "expected listed, catch-all or any");
        };
        Integer rank = l.optInt("rank");
        if (rank == null) {
            throw l.error("rank", "required whole number (lower is less burdensome)");
        }
        return new LicenceType(l.text("code"), l.text("name"), rank, scope,
                l.texts("groups", n -> reference(n, groupCodes, "group")),
                l.texts("excludedGroups", n -> reference(n, groupCodes, "group")), l.period(), l.optInt("validityYears"),
                l.optText("conditions", ""), l.bool("check", false), l.text("source"), l.optText("entryFlag", null),
                l.bool("valueLimit", false), l.texts("overcomes", DataNode::asText), l.bool("restricted", false),
                l.texts("entries", RegimeLoader::entryPrefix));
    }

    private static CatchAllRule catchAll(DataNode c, Set<String> groupCodes) {
        c.allow(Set.of("code", "kind", "from", "to", "hsChapters", "exemptGroups", "objectiveEndUses",
                "objectiveGroups", "endUserListTriggers", "inform", "confirmed", "source", "note", "uncertain", "grounds"));
        CatchAllRule.Kind kind;
        try {
            kind = CatchAllRule.Kind.valueOf(c.text("kind"));
        } catch (IllegalArgumentException e) {
            throw c.error("kind", "expected WMD, CONVENTIONAL, MILITARY or HUMAN_RIGHTS");
        }
        List<String> exempt = c.texts("exemptGroups", n -> reference(n, groupCodes, "group"));
        List<String> endUses = c.texts("objectiveEndUses", n -> reference(n, END_USES, "end use"));
        List<String> objectiveGroups = c.texts("objectiveGroups", n -> reference(n, groupCodes, "group"));
        boolean endUserList = c.bool("endUserListTriggers", false);
        boolean inform = c.bool("inform", false);
        Period period = c.period();
        Uncertainty uncertain = uncertainty(c, "uncertain");
        if (uncertain != null && !period.overlaps(uncertain.window())) {
            throw c.error("uncertain", "the window " + uncertain.window() + " lies outside the rule's period " + period);
        }
        List<CatchAllRule.Ground> grounds = new ArrayList<>(CatchAllRule.baseGrounds(exempt, endUses, objectiveGroups,
                endUserList, inform, c.text("source")));
        for (DataNode g : c.list("grounds")) {
            grounds.add(ground(g, groupCodes, exempt));
        }
        return new CatchAllRule(c.text("code"), kind, period, chapters(c, "hsChapters", 1, 99), exempt, endUses,
                objectiveGroups, endUserList, inform, c.bool("confirmed", true), c.text("source"),
                c.optText("note", ""), uncertain, grounds);
    }

    private static CatchAllRule.Ground ground(DataNode g, Set<String> groupCodes, List<String> ruleExempt) {
        g.allow(Set.of("trigger", "endUses", "groups", "exemptGroups", "hsHeadings", "headingsComplete", "from", "to",
                "status", "text", "source", "notify"));
        CatchAllRule.Ground.Trigger trigger = switch (g.text("trigger")) {
            case "end-use" -> CatchAllRule.Ground.Trigger.END_USE;
            case "end-user-list" -> CatchAllRule.Ground.Trigger.END_USER_LIST;
            case "inform" -> CatchAllRule.Ground.Trigger.INFORM;
            default -> throw g.error("trigger", "expected end-use, end-user-list or inform");
        };
        List<String> endUses = g.texts("endUses", n -> reference(n, END_USES, "end use"));
        if (trigger == CatchAllRule.Ground.Trigger.END_USE && endUses.isEmpty()) {
            throw g.error("endUses", "an end-use ground names at least one end use");
        }
        String status = g.optText("status", "CONFIRMED");
        if (!Set.of("CONFIRMED", "CHECK").contains(status)) {
            throw g.error("status", "expected CONFIRMED or CHECK (UNCONFIRMED grounds are notes, never applied)");
        }
        List<String> exempt = g.has("exemptGroups") ? g.texts("exemptGroups", n -> reference(n, groupCodes, "group"))
                : ruleExempt;
        return new CatchAllRule.Ground(trigger, endUses, g.texts("groups", n -> reference(n, groupCodes, "group")),
                exempt, chapters(g, "hsHeadings", 101, 9999), g.bool("headingsComplete", true), g.period(),
                status.equals("CHECK"), g.text("text"), g.text("source"), g.bool("notify", false));
    }

    private static List<CatchAllRule.ChapterRange> chapters(DataNode c, String field, int min, int max) {
        String spec = c.optText(field, "");
        List<CatchAllRule.ChapterRange> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            String[] ends = p.split("-");
            try {
                int first = Integer.parseInt(ends[0].trim());
                int last = ends.length > 1 ? Integer.parseInt(ends[1].trim()) : first;
                if (ends.length > 2 || first < min || last > max || first > last) {
                    throw new NumberFormatException();
                }
                out.add(new CatchAllRule.ChapterRange(first, last));
            } catch (NumberFormatException e) {
                throw c.error(field, "bad range '" + p + "': expected e.g. " + (max > 99 ? "8456-8461" : "25-40,63"));
            }
        }
        return out;
    }

    private static Measure measure(DataNode m, java.util.function.Predicate<String> isEntry, Set<String> licenceCodes) {
        m.allow(Set.of("code", "title", "items", "destinations", "from", "to", "allowedLicences", "filingOffice",
                "reviewDays", "documents", "source"));
        List<Measure.Item> items = new ArrayList<>();
        for (DataNode i : m.list("items")) {
            i.allow(Set.of("entry", "cas", "conservative"));
            String entry = i.get("entry").asText().trim();
            if (!Codes.isValid(entry) || !isEntry.test(entry)) {
                throw i.get("entry").error("unknown control entry '" + entry + "' (neither in the file's entries nor a"
                        + " multilateral entry of the control-list catalogue)");
            }
            String cas = i.has("cas") ? casNumber(i.get("cas")) : null;
            items.add(new Measure.Item(entry, cas, i.optText("conservative", "")));
        }
        if (items.isEmpty()) {
            throw m.error("items", "a measure names at least one item");
        }
        List<String> destinations = m.texts("destinations", RegimeLoader::country);
        if (destinations.isEmpty()) {
            throw m.error("destinations", "a measure names at least one destination");
        }
        return new Measure(m.text("code"), m.text("title"), items, destinations, m.period(),
                m.texts("allowedLicences", n -> reference(n, licenceCodes, "licence type")),
                m.optText("filingOffice", null), m.optInt("reviewDays"), m.optInt("documents"), m.text("source"));
    }

    private static ProcessingRule processing(DataNode p, Set<String> groupCodes, Set<String> licenceCodes) {
        p.allow(Set.of("licence", "group", "from", "to", "reviewDays", "documents", "source"));
        String group = p.has("group") ? reference(p.get("group"), groupCodes, "group") : null;
        return new ProcessingRule(reference(p.get("licence"), licenceCodes, "licence type"), group, p.period(),
                p.optInt("reviewDays"), p.optInt("documents"), p.text("source"));
    }

    /** A control-list code or prefix (1C, 5A002, 3C002.a) as notes and licence types name their items. */
    private static String entryPrefix(DataNode e) {
        String code = e.asText().trim();
        if (!code.matches("[0-9]([A-E]([0-9]{3}(\\.[a-z0-9]+)*)?)?")) {
            throw e.error("not a control-list code or prefix: '" + code + "'");
        }
        return code;
    }

    private static RegimeNote note(DataNode n) {
        n.allow(Set.of("code", "text", "entries", "destinations", "from", "to", "context", "status", "source",
                "exceptGroups", "maxValue"));
        String status = n.text("status");
        if (!Set.of("UNCONFIRMED", "CHECK", "INFO").contains(status)) {
            throw n.error("status", "expected UNCONFIRMED, CHECK or INFO");
        }
        String context = n.optText("context", "any");
        if (!Set.of("listed", "catch-all", "any").contains(context)) {
            throw n.error("context", "expected listed, catch-all or any");
        }
        List<String> entries = n.texts("entries", RegimeLoader::entryPrefix);
        RegimeNote.Amount max = null;
        if (n.has("maxValue")) {
            String[] parts = n.text("maxValue").trim().split("\\s+");
            if (parts.length != 2 || !parts[0].matches("[0-9]+(\\.[0-9]+)?") || !parts[1].matches("[A-Z]{3}")) {
                throw n.error("maxValue", "expected an amount and its ISO 4217 currency, e.g. 3000 USD");
            }
            max = new RegimeNote.Amount(new java.math.BigDecimal(parts[0]), parts[1]);
        }
        return new RegimeNote(n.text("code"), n.text("text"), entries, n.texts("destinations", RegimeLoader::country),
                n.period(), context, status, n.text("source"), n.texts("exceptGroups", DataNode::asText), max);
    }

    private static String version(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
