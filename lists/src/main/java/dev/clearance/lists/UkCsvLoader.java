package dev.clearance.lists;

import dev.clearance.csv.CsvReader;
import dev.clearance.csv.CsvRecord;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UK sanctions list CSV (OFSI consolidated list, ConList.csv): an optional "Last Updated" line, a
 * header, then one row per name; rows sharing a {@code Group ID} are one entry.
 */
final class UkCsvLoader {
    static final String LIST = "UK Sanctions List (OFSI)";
    private static final List<String> REQUIRED = List.of("name 6", "group type", "group id");
    private static final Pattern IMO = Pattern.compile("IMO\\s*(?:number|no\\.?)?\\s*:?\\s*(\\d{7})", Pattern.CASE_INSENSITIVE);

    private UkCsvLoader() {
    }

    static void load(LoadContext.Input in, LoadContext ctx) throws IOException {
        try (CsvReader csv = new CsvReader(in.name, in.reader())) {
            CsvRecord header = csv.next();
            while (header != null && (header.isBlank() || header.get(0).strip().toLowerCase(Locale.ROOT).startsWith("last updated"))) {
                header = csv.next();
            }
            if (header == null) {
                ctx.problem(in.name, 1, "empty file: expected a header with Name 6 ... Group Type, Group ID");
                return;
            }
            csv.expectFields(header.size());
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                col.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            for (String r : REQUIRED) {
                if (!col.containsKey(r)) {
                    ctx.problem(in.name, header.line(), "header lacks column '" + r + "': not a UK sanctions list CSV");
                    return;
                }
            }
            Map<String, EntryBuilder> groups = new LinkedHashMap<>();
            for (CsvRecord rec = ctx.next(csv); rec != null; rec = ctx.next(csv)) {
                if (rec.isBlank()) {
                    continue;
                }
                Row row = new Row(rec, col);
                if (rec.size() > header.size()) {
                    ctx.problem(in.name, rec.line(), "expected " + header.size() + " fields, found " + rec.size());
                    continue;
                }
                String groupId = row.get("group id");
                if (groupId.isEmpty()) {
                    ctx.problem(in.name, rec.line(), "row has no Group ID: skipped");
                    continue;
                }
                EntityType type = switch (row.get("group type").toLowerCase(Locale.ROOT)) {
                    case "individual" -> EntityType.PERSON;
                    case "entity" -> EntityType.ORGANIZATION;
                    case "ship" -> EntityType.VESSEL;
                    case "aircraft" -> EntityType.AIRCRAFT;
                    default -> null;
                };
                if (type == null) {
                    ctx.problem(in.name, rec.line(), "group " + groupId + ": unknown Group Type '" + row.get("group type") + "'");
                    continue;
                }
                StringBuilder name = new StringBuilder();
                for (String part : new String[] {"name 1", "name 2", "name 3", "name 4", "name 5", "name 6"}) {
                    String p = row.get(part);
                    if (!p.isEmpty()) {
                        name.append(name.length() > 0 ? " " : "").append(p);
                    }
                }
                if (name.length() == 0) {
                    ctx.problem(in.name, rec.line(), "group " + groupId + ": row has no name (Name 1 to Name 6 empty)");
                    continue;
                }
                EntryBuilder b = groups.computeIfAbsent(groupId, id -> new EntryBuilder("uk", id, LIST).type(type));
                String aliasType = row.get("alias type").toLowerCase(Locale.ROOT);
                ListEntry.Name.Kind kind = aliasType.equals("primary name") ? ListEntry.Name.Kind.PRIMARY
                        : row.get("alias quality").toLowerCase(Locale.ROOT).startsWith("low") ? ListEntry.Name.Kind.WEAK_ALIAS
                        : ListEntry.Name.Kind.ALIAS;
                b.name(name.toString(), kind);
                b.name(row.get("name non-latin script"), ListEntry.Name.Kind.ORIGINAL_SCRIPT);
                for (String n : ListTexts.numbered(row.get("nationality"))) {
                    b.countries(n);
                }
                b.countries(row.get("country"));
                for (String d : ListTexts.numbered(row.get("dob"))) {
                    b.birthDates(d);
                }
                for (String p : ListTexts.numbered(row.get("passport number"))) {
                    b.identifier(IdSchemes.PASSPORT, p);
                }
                for (String p : ListTexts.numbered(row.get("national identification number"))) {
                    b.identifier(IdSchemes.NATIONAL_ID, p);
                }
                String imo = row.get("imo number");
                String other = row.get("other information");
                Matcher m = IMO.matcher(other);
                b.identifier(IdSchemes.IMO, imo.isEmpty() && m.find() ? m.group(1) : IdSchemes.imoDigits(imo));
                b.programme(row.get("regime"));
                b.remark(other);
            }
            for (EntryBuilder b : groups.values()) {
                ctx.add(b.build());
            }
        }
    }

    private record Row(CsvRecord rec, Map<String, Integer> col) {
        String get(String column) {
            Integer i = col.get(column);
            return i == null ? "" : rec.get(i).strip();
        }
    }
}
