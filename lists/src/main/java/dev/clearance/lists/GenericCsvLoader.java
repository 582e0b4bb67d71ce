package dev.clearance.lists;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Any headed CSV list read through a {@link ColumnMapping}. A row is refused (a problem naming its line and
 * column, the rest still load) when its name or id is empty or its id repeats an earlier row's. A type,
 * country or date that is not recognised is a problem too, but the entry is kept without that value (with
 * the type unknown): a listed party is never dropped for a detail. A mapped column missing from the header
 * refuses the file.
 */
final class GenericCsvLoader {
    private GenericCsvLoader() {
    }

    static void load(LoadContext.Input in, ColumnMapping map, LoadContext ctx) throws IOException {
        String source = map.setting("source", "csv");
        String list = map.setting("list", fileName(in.name));
        String separator = map.setting("alias-separator", ";");
        dev.clearance.regime.ListEffect effect = map.effect();
        EntityType defaultType = EntityType.parse(map.setting("default-type", "unknown"));
        String nameColumn = map.columnsOf("name").get(0);
        String idColumn = map.setting("id", null);
        Set<String> ids = new HashSet<>();
        ctx.forEachRow(in, map.required(), row -> {
            String where = "column '";
            String name = row.get(nameColumn).strip();
            if (name.isEmpty()) {
                ctx.problem(in.name, row.line(), where + nameColumn + "' (name) is empty: row skipped");
                return;
            }
            String id = idColumn == null ? Long.toString(row.line()) : row.get(idColumn).strip();
            if (id.isEmpty()) {
                ctx.problem(in.name, row.line(), where + idColumn + "' (id) is empty: row skipped");
                return;
            }
            if (!ids.add(id)) {
                ctx.problem(in.name, row.line(), where + idColumn + "' (id): '" + clip(id) + "' repeats an earlier row: row skipped");
                return;
            }
            EntryBuilder b = new EntryBuilder(source, id, list);
            b.effect = effect;
            EntityType type = defaultType;
            for (String c : map.columnsOf("type")) {
                String v = row.get(c).strip();
                if (!v.isEmpty()) {
                    type = EntityType.parse(v);
                    if (type == null) {
                        type = EntityType.UNKNOWN;
                        ctx.problem(in.name, row.line(), where + c + "' (type): '" + clip(v)
                                + "' is not person, organization, vessel or aircraft: entry kept with type unknown");
                    }
                }
            }
            b.type(type);
            b.name(name, ListEntry.Name.Kind.PRIMARY);
            for (String c : map.columnsOf("alias")) {
                for (String a : ListTexts.split(row.get(c), separator)) {
                    b.name(a, ListEntry.Name.Kind.ALIAS);
                }
            }
            for (String c : map.columnsOf("weak-alias")) {
                for (String a : ListTexts.split(row.get(c), separator)) {
                    b.name(a, ListEntry.Name.Kind.WEAK_ALIAS);
                }
            }
            for (String c : map.columnsOf("country")) {
                for (String v : ListTexts.split(row.get(c), separator)) {
                    String code = CountryCodes.toAlpha2(v);
                    if (code == null) {
                        ctx.problem(in.name, row.line(), where + c + "' (country): '" + clip(v)
                                + "' names no country: entry kept without it");
                    } else {
                        b.country(code);
                    }
                }
            }
            for (String c : map.columnsOf("dob")) {
                for (String v : ListTexts.split(row.get(c), separator)) {
                    List<String> dates = PublishedDates.parse(v);
                    if (dates.isEmpty()) {
                        ctx.problem(in.name, row.line(), where + c + "' (dob): '" + clip(v)
                                + "' is not a date: entry kept without it");
                    } else {
                        b.birthDates(v);
                    }
                }
            }
            for (String c : map.columnsOf("programme")) {
                for (String v : ListTexts.split(row.get(c), separator)) {
                    b.programme(v);
                }
            }
            ctx.add(b, in.name, row.line());
        });
    }

    private static String fileName(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private static String clip(String v) {
        return v.length() > 200 ? v.substring(0, 200) + "..." : v;
    }
}
