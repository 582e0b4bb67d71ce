package dev.clearance.lists;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CSV extracts of the annexes of EU regulations as published in the Official Journal (one row per listed
 * party: {@code celex, recordId, programKey, annex, measure, ..., schema, name, alias, ...}). The entry's
 * list names the regulation and annex, e.g. "EU Regulation 833/2014 Annex IV" (the EU export-control
 * end-user list); ids are {@code <celex>-<annex>-<recordId>}.
 */
final class EuJournalCsvLoader {
    private static final List<String> REQUIRED = List.of("celex", "recordId", "annex", "schema", "name");

    private EuJournalCsvLoader() {
    }

    static void load(LoadContext.Input in, LoadContext ctx) throws IOException {
        Map<String, Long> seen = new HashMap<>();
        ctx.forEachRow(in, REQUIRED, row -> {
            String celex = row.get("celex");
            String annex = row.get("annex");
            String recordId = row.get("recordId");
            if (celex.isEmpty() || annex.isEmpty()) {
                ctx.problem(in.name, row.line(), "row lacks celex or annex");
                return;
            }
            if (recordId.isEmpty()) {
                // Some annexes (e.g. 833/2014 Annex V) number nothing: the name identifies the row.
                recordId = row.get("name").toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                        .replaceAll("^-|-$", "");
                if (recordId.isEmpty()) {
                    ctx.problem(in.name, row.line(), "row has neither recordId nor name");
                    return;
                }
            }
            String id = celex + "-" + annex + "-" + recordId;
            Long first = seen.putIfAbsent(id, row.line());
            if (first != null) {
                ctx.problem(in.name, row.line(), "duplicate record " + id + " (first on line " + first + "): skipped");
                return;
            }
            EntityType type = type(row.get("schema"));
            if (type == null) {
                ctx.problem(in.name, row.line(), "record " + id + ": unknown schema '" + row.get("schema") + "'");
                return;
            }
            String regulation = regulation(celex);
            EntryBuilder b = new EntryBuilder("eu", id, "EU " + regulation + " Annex " + annex).type(type);
            ListTexts.addNameWithScriptVariant(b, row.get("name"), ListEntry.Name.Kind.PRIMARY);
            if (!b.hasNames()) {
                ctx.problem(in.name, row.line(), "record " + id + " has no name: skipped");
                return;
            }
            for (String alias : ListTexts.split(row.get("alias"), ";")) {
                ListTexts.addNameWithScriptVariant(b, alias, ListEntry.Name.Kind.ALIAS);
            }
            for (String alias : ListTexts.split(row.get("weakAlias"), ";")) {
                ListTexts.addNameWithScriptVariant(b, alias, ListEntry.Name.Kind.WEAK_ALIAS);
            }
            for (String alias : ListTexts.split(row.get("previousName"), ";")) {
                ListTexts.addNameWithScriptVariant(b, alias, ListEntry.Name.Kind.ALIAS);
            }
            b.countries(row.get("country"));
            b.countries(row.get("nationality"));
            b.countries(row.get("jurisdiction"));
            b.countries(row.get("flag"));
            for (String address : ListTexts.split(row.get("address"), ";")) {
                b.countryCode(CountryCodes.fromAddress(address));
            }
            b.birthDates(row.get("birthDate"));
            b.birthDates(row.get("incorporationDate"));
            ListTexts.identifiers(b, row.get("passportNumber"), IdSchemes.PASSPORT);
            ListTexts.identifiers(b, row.get("registrationNumber"), IdSchemes.REGISTRATION);
            ListTexts.identifiers(b, row.get("taxNumber"), IdSchemes.TAX);
            ListTexts.identifiers(b, row.get("idNumber"), IdSchemes.NATIONAL_ID);
            ListTexts.identifiers(b, row.get("innCode"), IdSchemes.TAX);
            ListTexts.identifiers(b, row.get("ogrnCode"), IdSchemes.REGISTRATION);
            ListTexts.identifiers(b, row.get("leiCode"), IdSchemes.LEI);
            ListTexts.identifiers(b, row.get("swiftBic"), IdSchemes.SWIFT);
            ListTexts.identifiers(b, row.get("imoNumber"), IdSchemes.IMO);
            ListTexts.identifiers(b, row.get("mmsi"), IdSchemes.MMSI);
            b.programme(row.get("programKey"));
            b.programme(regulation + " Annex " + annex);
            String measure = row.get("measure");
            if (!measure.isEmpty()) {
                b.remark("Measure: " + measure);
            }
            b.remark(row.get("reason"));
            b.remark(row.get("notes"));
            ctx.add(b.build());
        });
    }

    /** "32014R0833" as "Regulation 833/2014"; other CELEX numbers as given. */
    static String regulation(String celex) {
        if (celex.length() == 10 && celex.charAt(0) == '3' && Character.isLetter(celex.charAt(5))) {
            String year = celex.substring(1, 5);
            String number = celex.substring(6).replaceFirst("^0+", "");
            String kind = switch (celex.charAt(5)) {
                case 'R' -> "Regulation";
                case 'D' -> "Decision";
                default -> "Act";
            };
            return kind + " " + number + "/" + year;
        }
        return celex;
    }

    private static EntityType type(String schema) {
        return switch (schema) {
            case "Person" -> EntityType.PERSON;
            case "LegalEntity", "Company", "Organization", "PublicBody" -> EntityType.ORGANIZATION;
            case "Vessel" -> EntityType.VESSEL;
            case "Airplane", "Aircraft" -> EntityType.AIRCRAFT;
            case "Asset", "" -> EntityType.UNKNOWN;
            default -> null;
        };
    }
}
