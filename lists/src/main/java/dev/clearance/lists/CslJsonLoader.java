package dev.clearance.lists;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The US Consolidated Screening List JSON ({@code {"results":[...]}} or a bare array of results), streamed
 * one record at a time. Also reads BIS Entity List extracts shaped {@code {"entries":[{"name","raw"}]}},
 * where {@code raw} is the Federal Register text: name, "a.k.a., the following N aliases: —A; and —B.", address.
 */
final class CslJsonLoader {
    static final String BIS_ENTITY_LIST = "BIS Entity List";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern ALIASES = Pattern.compile(
            "(?:a\\.k\\.a\\.?|and),?\\s+the following [a-z\\- ]+?alias(?:es)?(?:,[^:]*)?:\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern NOT_ABBREVIATION = Pattern.compile("(?<!\\b(?:Co|Ltd|Inc|Corp|No|St|Rd|Ave|Bldg|Jr|Dr|Mt))\\.\\s+(?=[A-Z0-9#])");

    private CslJsonLoader() {
    }

    static void load(LoadContext.Input in, LoadContext ctx) throws IOException {
        try (JsonParser p = MAPPER.getFactory().createParser(in.reader())) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                results(p, in.name, ctx);
                return;
            }
            if (first != JsonToken.START_OBJECT) {
                ctx.problem(in.name, 1, "expected a JSON object with \"results\" (Consolidated Screening List) or \"entries\"");
                return;
            }
            boolean found = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_ARRAY && field.equals("results")) {
                    results(p, in.name, ctx);
                    found = true;
                } else if (value == JsonToken.START_ARRAY && field.equals("entries")) {
                    bisEntries(p, in.name, ctx);
                    found = true;
                } else {
                    p.skipChildren();
                }
            }
            if (!found) {
                ctx.problem(in.name, 1, "no \"results\" or \"entries\" array: not a Consolidated Screening List JSON file");
            }
        }
    }

    private static void results(JsonParser p, String file, LoadContext ctx) throws IOException {
        int n = 0;
        while (p.nextToken() == JsonToken.START_OBJECT) {
            n++;
            long line = p.currentTokenLocation().getLineNr();
            JsonNode r = p.readValueAsTree();
            record(r, file, line, n, ctx);
        }
    }

    private static void record(JsonNode j, String file, long line, int n, LoadContext ctx) {
        CslRecord r = new CslRecord();
        r.id = text(j, "_id").isEmpty() ? text(j, "id") : text(j, "_id");
        r.entityNumber = text(j, "entity_number");
        r.source = text(j, "source");
        r.type = text(j, "type");
        r.name = text(j, "name");
        r.title = text(j, "title");
        r.remarks = text(j, "remarks");
        r.callSign = text(j, "call_sign");
        r.vesselFlag = text(j, "vessel_flag");
        r.licenseRequirement = text(j, "license_requirement");
        r.licensePolicy = text(j, "license_policy");
        strings(j.get("programs"), r.programs);
        strings(j.get("alt_names"), r.altNames);
        strings(j.get("citizenships"), r.citizenships);
        strings(j.get("nationalities"), r.nationalities);
        strings(j.get("dates_of_birth"), r.datesOfBirth);
        JsonNode addresses = j.get("addresses");
        if (addresses != null && addresses.isArray()) {
            for (JsonNode a : addresses) {
                if (a.isObject()) {
                    r.addressCountries.add(text(a, "country"));
                } else if (a.isTextual()) {
                    String c = CountryCodes.fromAddress(a.asText());
                    if (c != null) {
                        r.addressCountries.add(c);
                    }
                }
            }
        }
        JsonNode ids = j.get("ids");
        if (ids != null && ids.isArray()) {
            for (JsonNode i : ids) {
                r.ids.add(new String[] {text(i, "type"), text(i, "number"), text(i, "country")});
            }
        }
        r.addTo(ctx, file, line, "result " + n);
    }

    private static void bisEntries(JsonParser p, String file, LoadContext ctx) throws IOException {
        int n = 0;
        while (p.nextToken() == JsonToken.START_OBJECT) {
            n++;
            long line = p.currentTokenLocation().getLineNr();
            JsonNode e = p.readValueAsTree();
            String name = text(e, "name");
            String raw = text(e, "raw");
            if (name.isEmpty()) {
                ctx.problem(file, line, "entry " + n + " has no name: skipped");
                continue;
            }
            EntryBuilder b = new EntryBuilder("csl", slug(name), BIS_ENTITY_LIST).type(EntityType.ORGANIZATION);
            b.name(name, ListEntry.Name.Kind.PRIMARY);
            String addressPart = raw.startsWith(name) ? raw.substring(name.length()) : raw;
            Matcher m = ALIASES.matcher(addressPart);
            if (m.find()) {
                String tail = m.group(1);
                int end = tail.lastIndexOf('—');
                Matcher stop = NOT_ABBREVIATION.matcher(tail);
                int cut = tail.length();
                int from = Math.max(end, 0);
                if (stop.find(from)) {
                    cut = stop.start();
                }
                for (String alias : tail.substring(0, cut).split(";")) {
                    String a = alias.strip().replaceFirst("^and\\s+", "").replaceFirst("^[—-]\\s*", "");
                    b.name(a.replaceAll("\\.$", ""), ListEntry.Name.Kind.ALIAS);
                }
                addressPart = cut < tail.length() ? tail.substring(cut + 1) : "";
            }
            for (String address : addressPart.split(";\\s*and\\s+|;")) {
                b.countryCode(CountryCodes.fromAddress(address.replaceAll("\\(.*?\\)", "").replaceAll("[.\\s]+$", "")));
            }
            b.programme("EAR");
            b.remark(raw);
            ctx.add(b.build());
        }
    }

    private static String slug(String name) {
        String s = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "bis-el-" + s;
    }

    private static String text(JsonNode j, String field) {
        JsonNode v = j == null ? null : j.get(field);
        return v == null || v.isNull() ? "" : v.isValueNode() ? v.asText() : "";
    }

    private static void strings(JsonNode v, java.util.List<String> out) {
        if (v == null || v.isNull()) {
            return;
        }
        if (v.isArray()) {
            for (JsonNode x : v) {
                if (x.isValueNode() && !x.asText().isBlank()) {
                    out.add(x.asText());
                }
            }
        } else if (v.isValueNode()) {
            out.addAll(ListTexts.split(v.asText(), ";"));
        }
    }
}
