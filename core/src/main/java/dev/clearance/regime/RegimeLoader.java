package dev.clearance.regime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
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
    static final Set<String> END_USES = Set.of("civil", "wmd", "conventional-weapons", "unknown");

    private RegimeLoader() {
    }

    /** Loads a regime from a file. */
    public static Regime load(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readAllBytes(file));
    }

    /** Loads a regime from bytes; {@code name} is used in errors. */
    public static Regime parse(String name, byte[] bytes) {
        return read(DataNode.parse(name, bytes), version(bytes));
    }

    /** Loads a regime bundled with Clearance, e.g. {@code regimes/jp.yaml}. */
    public static Regime resource(String path) {
        try (InputStream in = RegimeLoader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled regime missing: " + path);
            }
            return parse(path, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("bundled regime unreadable: " + path, e);
        }
    }

    private static Regime read(DataNode root, String version) {
        root.allow(Set.of("jurisdiction", "name", "authority", "coverage", "source", "listControl", "entries",
                "groups", "licenceTypes", "catchAll", "measures", "processing", "notes"));
        String jurisdiction = root.text("jurisdiction");
        if (!jurisdiction.matches("[A-Z]{2}")) {
            throw root.error("jurisdiction", "expected a two-letter code such as JP");
        }
        Period coverage = root.get("coverage").allow(Set.of("from", "to")).period();
        ListControl listControl = root.has("listControl") ? listControl(root.get("listControl")) : null;

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
        Set<String> groupCodes = groupNodes.keySet();

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
            measures.add(measure(m, entryCodes, licenceCodes));
        }
        List<ProcessingRule> processing = new ArrayList<>();
        for (DataNode p : root.list("processing")) {
            processing.add(processing(p, groupCodes, licenceCodes));
        }
        List<RegimeNote> notes = new ArrayList<>();
        for (DataNode n : root.list("notes")) {
            notes.add(note(n));
        }
        return new Regime(jurisdiction, root.text("name"), root.optText("authority", ""), coverage, version,
                root.text("source"), listControl, entries, groups, licences, catchAll, measures, processing, notes);
    }

    private static ListControl listControl(DataNode n) {
        n.allow(Set.of("rule", "source", "categories"));
        Map<String, String> categories = new LinkedHashMap<>();
        if (n.has("categories")) {
            DataNode c = n.get("categories");
            for (String k : c.fieldNames()) {
                if (!k.matches("[0-9]")) {
                    throw c.error(k, "category must be one digit 0-9");
                }
                categories.put(k, c.text(k));
            }
        }
        return new ListControl(n.text("rule"), categories, n.text("source"));
    }

    private static ControlEntry entry(DataNode e) {
        e.allow(Set.of("code", "title", "localRef", "parameters", "cas", "source", "note"));
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
        return new ControlEntry(code, e.text("title"), localRef, confirmed, params, cas, e.text("source"),
                e.optText("note", ""), false);
    }

    /** A CAS number like 7664-39-3, or an error at {@code n}. */
    public static String casNumber(DataNode n) {
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
    public static String reference(DataNode n, Set<String> known, String what) {
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
            m.allow(Set.of("countries", "from", "to", "source", "confirmed"));
            Period p = m.period();
            String source = m.text("source");
            boolean confirmed = m.bool("confirmed", true);
            for (DataNode c : m.list("countries")) {
                String country = country(c);
                for (Membership earlier : members) {
                    if (earlier.country().equals(country) && earlier.period().overlaps(p)) {
                        throw c.error(country + " " + p + " overlaps its membership " + earlier.period()
                                + " of group " + g.text("code"));
                    }
                }
                members.add(new Membership(country, p, source, confirmed));
            }
        }
        if (!residualOf.isEmpty() && !members.isEmpty()) {
            throw g.error("members", "a residual group (residualOf) has no members of its own");
        }
        return new CountryGroup(g.text("code"), g.text("name"), g.period(), g.bool("complete", true), residualOf,
                members, g.text("source"), g.optText("note", ""));
    }

    private static LicenceType licence(DataNode l, Set<String> groupCodes) {
        l.allow(Set.of("code", "name", "rank", "scope", "groups", "from", "to", "validityYears", "conditions", "source"));
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
                l.texts("groups", n -> reference(n, groupCodes, "group")), l.period(), l.optInt("validityYears"),
                l.optText("conditions", ""), l.text("source"));
    }

    private static CatchAllRule catchAll(DataNode c, Set<String> groupCodes) {
        c.allow(Set.of("code", "kind", "from", "to", "hsChapters", "exemptGroups", "objectiveEndUses",
                "objectiveGroups", "endUserListTriggers", "inform", "confirmed", "source", "note"));
        CatchAllRule.Kind kind;
        try {
            kind = CatchAllRule.Kind.valueOf(c.text("kind"));
        } catch (IllegalArgumentException e) {
            throw c.error("kind", "expected WMD or CONVENTIONAL");
        }
        return new CatchAllRule(c.text("code"), kind, c.period(), chapters(c), 
                c.texts("exemptGroups", n -> reference(n, groupCodes, "group")),
                c.texts("objectiveEndUses", n -> reference(n, END_USES, "end use")),
                c.texts("objectiveGroups", n -> reference(n, groupCodes, "group")),
                c.bool("endUserListTriggers", false), c.bool("inform", false), c.bool("confirmed", true),
                c.text("source"), c.optText("note", ""));
    }

    private static List<CatchAllRule.ChapterRange> chapters(DataNode c) {
        String spec = c.optText("hsChapters", "");
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
                if (ends.length > 2 || first < 1 || last > 99 || first > last) {
                    throw new NumberFormatException();
                }
                out.add(new CatchAllRule.ChapterRange(first, last));
            } catch (NumberFormatException e) {
                throw c.error("hsChapters", "bad chapter range '" + p + "': expected e.g. 25-40,63");
            }
        }
        return out;
    }

    private static Measure measure(DataNode m, Set<String> entryCodes, Set<String> licenceCodes) {
        m.allow(Set.of("code", "title", "items", "destinations", "from", "to", "allowedLicences", "filingOffice",
                "reviewDays", "documents", "source"));
        List<Measure.Item> items = new ArrayList<>();
        for (DataNode i : m.list("items")) {
            i.allow(Set.of("entry", "cas"));
            String entry = reference(i.get("entry"), entryCodes, "control entry");
            String cas = i.has("cas") ? casNumber(i.get("cas")) : null;
            items.add(new Measure.Item(entry, cas));
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

    private static RegimeNote note(DataNode n) {
        n.allow(Set.of("code", "text", "entries", "destinations", "from", "to", "context", "status", "source"));
        String status = n.text("status");
        if (!Set.of("UNCONFIRMED", "CHECK", "INFO").contains(status)) {
            throw n.error("status", "expected UNCONFIRMED, CHECK or INFO");
        }
        String context = n.optText("context", "any");
        if (!Set.of("listed", "catch-all", "any").contains(context)) {
            throw n.error("context", "expected listed, catch-all or any");
        }
        List<String> entries = n.texts("entries", e -> {
            String code = e.asText().trim();
            if (!code.matches("[0-9]([A-E]([0-9]{3}(\\.[a-z0-9]+)*)?)?")) {
                throw e.error("not a control-list code or prefix: '" + code + "'");
            }
            return code;
        });
        return new RegimeNote(n.text("code"), n.text("text"), entries, n.texts("destinations", RegimeLoader::country),
                n.period(), context, status, n.text("source"));
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
