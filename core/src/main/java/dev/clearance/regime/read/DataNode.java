package dev.clearance.regime.read;

import dev.clearance.regime.Period;
import dev.clearance.regime.RegimeDataException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A node of a YAML or JSON data file that knows where it is, so every error names the file and the
 * path. Reads are strict: unknown fields and wrong types are errors, because a typo in regime data
 * silently changes answers.
 */
public final class DataNode {
    private final String file;
    private final String path;
    private final JsonNode node;

    private DataNode(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    // YAML 1.1 reads NO (Norway) as false: keep yes/no/on/off as text. A key given twice would
    // silently replace the first: refuse it.
    private static final com.fasterxml.jackson.databind.ObjectMapper YAML = new com.fasterxml.jackson.databind.ObjectMapper(
            com.fasterxml.jackson.dataformat.yaml.YAMLFactory.builder()
                    .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                    .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    /**
     * Parses a YAML (or JSON) data file into its top-level mapping.
     *
     * @param name the file's name, used in every error
     * @throws RegimeDataException for broken YAML (naming the line) or a top level that is not a mapping
     */
    public static DataNode parse(String name, byte[] bytes) {
        JsonNode root;
        try {
            root = YAML.readTree(bytes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new RegimeDataException(name, "", "not valid YAML" + where + ": " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new RegimeDataException(name, "", "unreadable: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new RegimeDataException(name, "", "expected a mapping at the top level");
        }
        return new DataNode(name, "", root);
    }

    public String file() { return file; }
    public String path() { return path; }

    /** An error at this node. */
    public RegimeDataException error(String message) {
        return new RegimeDataException(file, path, message);
    }

    /** An error at a field of this node. */
    public RegimeDataException error(String field, String message) {
        return new RegimeDataException(file, child(field), message);
    }

    private String child(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** Refuses fields other than these. */
    public DataNode allow(Set<String> fields) {
        if (!node.isObject()) {
            throw error("expected a mapping");
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!fields.contains(n)) {
                throw error(n, "unknown field (allowed: " + String.join(", ", new java.util.TreeSet<>(fields)) + ")");
            }
        }
        return this;
    }

    public boolean has(String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    public DataNode get(String field) {
        if (!has(field)) {
            throw error(field, "required field is missing");
        }
        return new DataNode(file, child(field), node.get(field));
    }

    public String text(String field) {
        String t = optText(field, null);
        if (t == null || t.isBlank()) {
            throw error(field, "required text is missing");
        }
        return t;
    }

    public String optText(String field, String fallback) {
        if (!has(field)) {
            return fallback;
        }
        JsonNode v = node.get(field);
        if (!v.isValueNode()) {
            throw error(field, "expected text");
        }
        return v.asText();
    }

    public LocalDate date(String field) {
        LocalDate d = optDate(field);
        if (d == null) {
            throw error(field, "required date is missing");
        }
        return d;
    }

    public LocalDate optDate(String field) {
        String t = optText(field, null);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t.trim());
        } catch (DateTimeParseException e) {
            throw error(field, "not a date (YYYY-MM-DD): '" + t + "'");
        }
    }

    /** The [from, to) period in fields {@code from} and {@code to}. */
    public Period period() {
        LocalDate from = optDate("from");
        LocalDate to = optDate("to");
        if (from != null && to != null && !from.isBefore(to)) {
            throw error("to", "must be after from (" + from + "): intervals are half-open [from, to)");
        }
        return new Period(from, to);
    }

    public boolean bool(String field, boolean fallback) {
        if (!has(field)) {
            return fallback;
        }
        JsonNode v = node.get(field);
        if (!v.isBoolean()) {
            throw error(field, "expected true or false");
        }
        return v.booleanValue();
    }

    public Integer optInt(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode v = node.get(field);
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw error(field, "expected a whole number");
        }
        int i = v.intValue();
        if (i < 0) {
            throw error(field, "must not be negative");
        }
        return i;
    }

    /** The items of a list field (empty when absent). */
    public List<DataNode> list(String field) {
        if (!has(field)) {
            return List.of();
        }
        JsonNode v = node.get(field);
        if (!v.isArray()) {
            throw error(field, "expected a list");
        }
        List<DataNode> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            out.add(new DataNode(file, child(field) + "[" + i + "]", v.get(i)));
        }
        return out;
    }

    /** A list of texts, each checked (empty when absent). */
    public List<String> texts(String field, Function<DataNode, String> check) {
        List<String> out = new ArrayList<>();
        for (DataNode item : list(field)) {
            out.add(check.apply(item));
        }
        return out;
    }

    /** This node as text. */
    public String asText() {
        if (!node.isValueNode() || node.isNull()) {
            throw error("expected text");
        }
        return node.asText();
    }

    /** The fields of a mapping, in order. */
    public List<String> fieldNames() {
        if (!node.isObject()) {
            throw error("expected a mapping");
        }
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
