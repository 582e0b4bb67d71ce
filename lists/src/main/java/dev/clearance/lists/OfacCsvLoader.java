package dev.clearance.lists;

import dev.clearance.csv.CsvReader;
import dev.clearance.csv.CsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * OFAC's legacy CSV files: the primary file (SDN.CSV, CONS_PRIM.CSV: 12 columns, no header, {@code -0-}
 * for null), and optionally the aliases (ALT.CSV: 5 columns) and addresses (ADD.CSV: 6 columns) joined
 * on {@code ent_num}. Which file is which is told from its column count, else from its name.
 */
final class OfacCsvLoader {
    static final String SDN = "OFAC SDN";
    static final String NON_SDN = "OFAC Consolidated (non-SDN)";
    private static final int PRIMARY_COLUMNS = 12;
    private static final int ALT_COLUMNS = 5;
    private static final int ADD_COLUMNS = 6;

    private enum Role { PRIMARY, ALT, ADD }

    private final Map<String, EntryBuilder> byId = new LinkedHashMap<>();

    static void load(List<Path> paths, LoadContext ctx) {
        new OfacCsvLoader().run(paths, ctx);
    }

    private void run(List<Path> paths, LoadContext ctx) {
        List<Path> primaries = new ArrayList<>();
        List<Path> alts = new ArrayList<>();
        List<Path> adds = new ArrayList<>();
        for (Path p : paths) {
            Role role = role(p);
            if (role == null) {
                if (Files.isReadable(p)) {
                    ctx.problem(p.toString(), 1, "cannot tell whether this is an OFAC primary (12 columns), ALT (5) or ADD (6) file");
                } else {
                    ctx.readFile(p, in -> { });
                }
                continue;
            }
            (role == Role.PRIMARY ? primaries : role == Role.ALT ? alts : adds).add(p);
        }
        for (Path p : primaries) {
            ctx.readFile(p, in -> readPrimary(in, ctx));
        }
        if (primaries.isEmpty() && !(alts.isEmpty() && adds.isEmpty())) {
            for (Path p : concat(alts, adds)) {
                ctx.problem(p.toString(), 0, "an OFAC ALT or ADD file needs its primary file (SDN.CSV): give the primary file first");
            }
        } else {
            for (Path p : alts) {
                ctx.readFile(p, in -> readAlt(in, ctx));
            }
            for (Path p : adds) {
                ctx.readFile(p, in -> readAdd(in, ctx));
            }
        }
        for (EntryBuilder b : byId.values()) {
            ctx.add(b.build());
        }
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The file's role from the column count of its first record, else from its name; null when unknown. */
    private static Role role(Path p) {
        try (Reader r = new InputStreamReader(Files.newInputStream(p), StandardCharsets.ISO_8859_1)) {
            CsvRecord first = new CsvReader(r).next();
            if (first != null) {
                switch (first.size()) {
                    case PRIMARY_COLUMNS: return Role.PRIMARY;
                    case ALT_COLUMNS: return Role.ALT;
                    case ADD_COLUMNS: return Role.ADD;
                    default: break;
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.contains("alt")) {
            return Role.ALT;
        }
        if (name.contains("add")) {
            return Role.ADD;
        }
        if (name.contains("sdn") || name.contains("prim")) {
            return Role.PRIMARY;
        }
        return null;
    }

    private void readPrimary(LoadContext.Input in, LoadContext ctx) throws IOException {
        String fileName = in.path.getFileName().toString().toLowerCase(Locale.ROOT);
        String list = fileName.contains("cons") ? NON_SDN : SDN;
        Map<String, Long> lines = new java.util.HashMap<>();
        try (CsvReader csv = new CsvReader(in.name, in.reader())) {
            for (CsvRecord rec = ctx.next(csv); rec != null; rec = ctx.next(csv)) {
                if (rec.isBlank()) {
                    continue;
                }
                if (rec.size() != PRIMARY_COLUMNS) {
                    ctx.problem(in.name, rec.line(), "expected " + PRIMARY_COLUMNS + " fields (ent_num ... Remarks), found " + rec.size());
                    continue;
                }
                String id = rec.get(0).strip();
                if (!isNumber(id)) {
                    ctx.problem(in.name, rec.line(), "ent_num '" + id + "' is not a number");
                    continue;
                }
                String name = EntryBuilder.clean(rec.get(1));
                if (name == null) {
                    ctx.problem(in.name, rec.line(), "entry " + id + " has no SDN_Name");
                    continue;
                }
                EntityType type = type(rec.get(2));
                if (type == null) {
                    ctx.problem(in.name, rec.line(), "entry " + id + ": unknown SDN_Type '" + rec.get(2).strip() + "'");
                    continue;
                }
                Long first = lines.putIfAbsent(id, rec.line());
                if (first != null) {
                    ctx.problem(in.name, rec.line(), "duplicate ent_num " + id + " (first on line " + first + "): skipped");
                    continue;
                }
                EntryBuilder b = new EntryBuilder("ofac", id, list).type(type);
                b.name(personName(name, type), ListEntry.Name.Kind.PRIMARY);
                programmes(rec.get(3), b);
                String title = EntryBuilder.clean(rec.get(4));
                String callSign = EntryBuilder.clean(rec.get(5));
                b.identifier(IdSchemes.CALL_SIGN, callSign);
                b.country(EntryBuilder.clean(rec.get(9)));
                String remarks = EntryBuilder.clean(rec.get(11));
                OfacRemarks.apply(remarks, b);
                if (title != null) {
                    b.remark("Title: " + title);
                }
                b.remark(remarks);
                byId.put(id, b);
            }
        }
    }

    private void readAlt(LoadContext.Input in, LoadContext ctx) throws IOException {
        try (CsvReader csv = new CsvReader(in.name, in.reader())) {
            for (CsvRecord rec = ctx.next(csv); rec != null; rec = ctx.next(csv)) {
                if (rec.isBlank()) {
                    continue;
                }
                if (rec.size() != ALT_COLUMNS) {
                    ctx.problem(in.name, rec.line(), "expected " + ALT_COLUMNS + " fields (ent_num, alt_num, alt_type, alt_name, alt_remarks), found " + rec.size());
                    continue;
                }
                EntryBuilder b = entryFor(rec, in, ctx);
                String name = EntryBuilder.clean(rec.get(3));
                if (b == null) {
                    continue;
                }
                if (name == null) {
                    ctx.problem(in.name, rec.line(), "alias " + rec.get(1).strip() + " of entry " + b.nativeId + " has no alt_name");
                    continue;
                }
                b.name(personName(name, b.type), ListEntry.Name.Kind.ALIAS);
            }
        }
    }

    private void readAdd(LoadContext.Input in, LoadContext ctx) throws IOException {
        try (CsvReader csv = new CsvReader(in.name, in.reader())) {
            for (CsvRecord rec = ctx.next(csv); rec != null; rec = ctx.next(csv)) {
                if (rec.isBlank()) {
                    continue;
                }
                if (rec.size() != ADD_COLUMNS) {
                    ctx.problem(in.name, rec.line(), "expected " + ADD_COLUMNS + " fields (ent_num, add_num, address, city, country, add_remarks), found " + rec.size());
                    continue;
                }
                EntryBuilder b = entryFor(rec, in, ctx);
                if (b != null) {
                    b.country(EntryBuilder.clean(rec.get(4)));
                }
            }
        }
    }

    private EntryBuilder entryFor(CsvRecord rec, LoadContext.Input in, LoadContext ctx) {
        String id = rec.get(0).strip();
        if (!isNumber(id)) {
            ctx.problem(in.name, rec.line(), "ent_num '" + id + "' is not a number");
            return null;
        }
        EntryBuilder b = byId.get(id);
        if (b == null) {
            ctx.problem(in.name, rec.line(), "ent_num " + id + " is not in the primary file");
        }
        return b;
    }

    static EntityType type(String sdnType) {
        String t = sdnType.strip();
        if (t.isEmpty() || t.equals("-0-")) {
            return EntityType.ORGANIZATION;
        }
        return EntityType.parse(t);
    }

    /** OFAC's "SDGT] [IRGC" (several programmes in one field) split into programmes. */
    static void programmes(String field, EntryBuilder b) {
        String f = EntryBuilder.clean(field);
        if (f == null) {
            return;
        }
        for (String p : f.split("\\]\\s*\\[")) {
            b.programme(p.replace("[", "").replace("]", ""));
        }
    }

    /** An individual's "LAST, First" as "First LAST"; other names unchanged. */
    static String personName(String name, EntityType type) {
        if (type != EntityType.PERSON) {
            return name;
        }
        int comma = name.indexOf(", ");
        if (comma <= 0 || comma + 2 >= name.length()) {
            return name;
        }
        return name.substring(comma + 2).strip() + " " + name.substring(0, comma).strip();
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 12) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
