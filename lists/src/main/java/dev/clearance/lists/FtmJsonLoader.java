package dev.clearance.lists;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Map;

/**
 * FollowTheMoney entities as JSON lines ({@code {"id","schema","properties":{...},"datasets":[...]}}), as
 * OpenSanctions exports them. Only the schemata of parties are loaded (Person, Organization, Company,
 * LegalEntity, PublicBody, Vessel, Airplane); addresses, sanctions and other helper entities are skipped.
 */
final class FtmJsonLoader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, EntityType> TYPES = Map.of(
            "Person", EntityType.PERSON,
            "Organization", EntityType.ORGANIZATION,
            "Company", EntityType.ORGANIZATION,
            "LegalEntity", EntityType.ORGANIZATION,
            "PublicBody", EntityType.ORGANIZATION,
            "Vessel", EntityType.VESSEL,
            "Airplane", EntityType.AIRCRAFT);
    private static final Map<String, String> IDENTIFIERS = new java.util.LinkedHashMap<>();

    static {
        IDENTIFIERS.put("imoNumber", IdSchemes.IMO);
        IDENTIFIERS.put("mmsi", IdSchemes.MMSI);
        IDENTIFIERS.put("registrationNumber", IdSchemes.REGISTRATION);
        IDENTIFIERS.put("ogrnCode", IdSchemes.REGISTRATION);
        IDENTIFIERS.put("taxNumber", IdSchemes.TAX);
        IDENTIFIERS.put("innCode", IdSchemes.TAX);
        IDENTIFIERS.put("vatCode", IdSchemes.TAX);
        IDENTIFIERS.put("passportNumber", IdSchemes.PASSPORT);
        IDENTIFIERS.put("idNumber", IdSchemes.NATIONAL_ID);
        IDENTIFIERS.put("leiCode", IdSchemes.LEI);
        IDENTIFIERS.put("swiftBic", IdSchemes.SWIFT);
        IDENTIFIERS.put("callSign", IdSchemes.CALL_SIGN);
        IDENTIFIERS.put("serialNumber", IdSchemes.MSN);
    }

    private static final String[] COUNTRIES = {"country", "nationality", "citizenship", "jurisdiction", "flag", "mainCountry"};

    private FtmJsonLoader() {
    }

    static void load(LoadContext.Input in, LoadContext ctx) throws IOException {
        try (BufferedReader r = new BufferedReader(in.reader(), 1 << 16)) {
            long line = 0;
            for (String text = r.readLine(); text != null; text = r.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode e;
                try {
                    e = MAPPER.readTree(text);
                } catch (JsonProcessingException ex) {
                    String m = ex.getOriginalMessage();
                    int cut = m.indexOf(" (start marker");
                    ctx.problem(in.name, line, "malformed JSON: " + (cut > 0 ? m.substring(0, cut) : m));
                    continue;
                }
                entity(e, in.name, line, ctx);
            }
        }
    }

    private static void entity(JsonNode e, String file, long line, LoadContext ctx) {
        String id = text(e.get("id"));
        String schema = text(e.get("schema"));
        if (id.isEmpty() || schema.isEmpty()) {
            ctx.problem(file, line, "entity without id or schema: skipped");
            return;
        }
        EntityType type = TYPES.get(schema);
        if (type == null) {
            return;
        }
        JsonNode props = e.get("properties");
        if (props == null || !props.isObject()) {
            ctx.problem(file, line, "entity " + id + " has no properties: skipped");
            return;
        }
        StringBuilder datasets = new StringBuilder();
        JsonNode ds = e.get("datasets");
        if (ds != null && ds.isArray()) {
            for (JsonNode d : ds) {
                datasets.append(datasets.length() > 0 ? ", " : "").append(d.asText());
            }
        }
        String list = datasets.length() > 0 ? "FollowTheMoney: " + datasets : "FollowTheMoney";
        EntryBuilder b = new EntryBuilder("ftm", id, list).type(type);
        String caption = text(e.get("caption"));
        if (!caption.isEmpty() && Scripts.isLatin(caption)) {
            b.name(caption, ListEntry.Name.Kind.PRIMARY);
        }
        for (String n : values(props, "name")) {
            b.name(n, b.hasNames() ? ListEntry.Name.Kind.ALIAS : ListEntry.Name.Kind.PRIMARY);
        }
        for (String n : values(props, "alias")) {
            b.name(n, ListEntry.Name.Kind.ALIAS);
        }
        for (String n : values(props, "previousName")) {
            b.name(n, ListEntry.Name.Kind.ALIAS);
        }
        for (String n : values(props, "weakAlias")) {
            b.name(n, ListEntry.Name.Kind.WEAK_ALIAS);
        }
        if (!b.hasNames()) {
            String whole = (String.join(" ", values(props, "firstName")) + " " + String.join(" ", values(props, "lastName"))).strip();
            b.name(whole, ListEntry.Name.Kind.PRIMARY);
        }
        for (String field : COUNTRIES) {
            for (String c : values(props, field)) {
                b.country(c);
            }
        }
        for (String d : values(props, "birthDate")) {
            b.birthDates(d);
        }
        for (String d : values(props, "incorporationDate")) {
            b.birthDates(d);
        }
        for (Map.Entry<String, String> idf : IDENTIFIERS.entrySet()) {
            for (String v : values(props, idf.getKey())) {
                b.identifier(idf.getValue(), IdSchemes.value(idf.getValue(), v));
            }
        }
        for (String p : values(props, "program")) {
            b.programme(p);
        }
        for (String p : values(props, "programId")) {
            b.programme(p);
        }
        for (String n : values(props, "notes")) {
            b.remark(n);
        }
        ctx.add(b, file, line);
    }

    private static java.util.List<String> values(JsonNode props, String field) {
        JsonNode v = props.get(field);
        java.util.List<String> out = new java.util.ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v.isArray()) {
            for (JsonNode x : v) {
                if (x.isValueNode() && !x.asText().isBlank()) {
                    out.add(x.asText());
                }
            }
        } else if (v.isValueNode() && !v.asText().isBlank()) {
            out.add(v.asText());
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "" : n.asText().strip();
    }
}
