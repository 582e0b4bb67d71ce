package dev.clearance.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fields each route's JSON body may have, read from {@code openapi.yaml}: the document that tells callers which
 * fields exist is the one the server holds them to. An object schema with {@code additionalProperties: false}
 * refuses any other field, nested objects and array items included, with 400 {@code unknown_field} naming it
 * ({@code party.counrty}, {@code lines[1].referense}); {@link Json#object} checks every body against it, and
 * {@link Input} refuses to read a field the schema does not declare (a server fault, caught by the tests).
 */
public final class RequestSchemas {
    /**
     * The fields of an object: each declared field's own shape (null for a value with no fields of its own); a
     * closed shape refuses fields it does not declare.
     *
     * @param fields the declared fields
     * @param closed whether other fields are refused
     * @param items  for an array, its items' shape; otherwise null
     */
    public record Shape(Map<String, Shape> fields, boolean closed, Shape items) {
        /** A value with no declared fields (a string, a number, a free-form object). */
        static final Shape ANY = new Shape(Map.of(), false, null);

        /** @return whether the field is declared (always true for an open shape) */
        public boolean declares(String field) {
            return !closed || fields.containsKey(field);
        }

        /** @return the shape of a declared field; {@link #ANY} when it has none */
        public Shape field(String field) {
            Shape s = fields.get(field);
            return s == null ? ANY : s;
        }

        /**
         * Checks a value against the shape.
         *
         * @param path the value's place, for the error ({@code ""} for the body)
         * @throws ApiError 400 {@code unknown_field} naming the first field not declared
         */
        public void check(JsonNode value, String path) {
            if (value instanceof ObjectNode o) {
                Iterator<String> names = o.fieldNames();
                while (names.hasNext()) {
                    String name = names.next();
                    String place = path.isEmpty() ? name : path + "." + name;
                    if (!declares(name)) {
                        throw unknown(place, fields.keySet());
                    }
                    field(name).check(o.get(name), place);
                }
            } else if (value instanceof ArrayNode a && items != null) {
                for (int i = 0; i < a.size(); i++) {
                    items.check(a.get(i), path + "[" + i + "]");
                }
            }
        }
    }

    /**
     * Query parameters every route takes: {@code lang} chooses the language of the human-readable texts (as
     * {@code Accept-Language} does) on any route, and words nothing else.
     */
    static final java.util.Set<String> EVERY_ROUTE = java.util.Set.of("lang");
    private static final RequestSchemas BUNDLED = load();
    private final Map<String, Shape> bodies;
    private final Map<String, Boolean> declared;
    private final Map<String, java.util.Set<String>> queries;

    private RequestSchemas(Map<String, Shape> bodies, Map<String, Boolean> declared,
                           Map<String, java.util.Set<String>> queries) {
        this.bodies = bodies;
        this.declared = declared;
        this.queries = queries;
    }

    /** @return the schemas of the bundled {@code openapi.yaml} */
    public static RequestSchemas bundled() {
        return BUNDLED;
    }

    /**
     * @param method HTTP method
     * @param path   the route's path with {@code {param}} placeholders
     * @return the JSON body's shape, or empty when the route takes no JSON body
     */
    public Optional<Shape> json(String method, String path) {
        return Optional.ofNullable(bodies.get(key(method, path)));
    }

    /**
     * @return the query parameters the route declares (path-level and its own), with {@link #EVERY_ROUTE}'s; a
     * route the document does not describe takes only those
     */
    public java.util.Set<String> query(String method, String path) {
        java.util.Set<String> all = new java.util.TreeSet<>(EVERY_ROUTE);
        all.addAll(queries.getOrDefault(key(method, path), java.util.Set.of()));
        return java.util.Collections.unmodifiableSet(all);
    }

    /** 400 {@code unknown_parameter}: the query parameter is not one the route takes. */
    static ApiError unknownParameter(String name, java.util.Collection<String> known) {
        return new ApiError(400, "unknown_parameter", "unknown query parameter "
                + dev.clearance.text.Excerpt.quote(name) + "; the parameters are " + String.join(", ", known),
                name, null);
    }

    /** @return whether the route declares a request body of any type */
    public boolean takesBody(String method, String path) {
        return declared.getOrDefault(key(method, path), false);
    }

    /** 400 {@code unknown_field}: the field is not one the route takes. */
    static ApiError unknown(String place, java.util.Collection<String> known) {
        return new ApiError(400, "unknown_field", "unknown field '" + place + "'"
                + (known.isEmpty() ? ": this takes no fields" : "; the fields are " + String.join(", ", known)),
                place, null);
    }

    private static String key(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    private static RequestSchemas load() {
        try (InputStream in = RequestSchemas.class.getResourceAsStream("/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml missing from the classpath");
            }
            return parse(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RequestSchemas parse(JsonNode doc) {
        Map<String, Shape> bodies = new LinkedHashMap<>();
        Map<String, Boolean> declared = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> queries = new LinkedHashMap<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
            if ("parameters".equals(op.getKey())) {
                return;
            }
            JsonNode body = op.getValue().path("requestBody");
            String key = key(op.getKey(), p.getKey());
            java.util.Set<String> query = new java.util.TreeSet<>();
            queryNames(doc, p.getValue().path("parameters"), query);
            queryNames(doc, op.getValue().path("parameters"), query);
            queries.put(key, java.util.Collections.unmodifiableSet(query));
            declared.put(key, !body.isMissingNode());
            JsonNode schema = body.path("content").path("application/json").path("schema");
            if (!schema.isMissingNode()) {
                bodies.put(key, shape(doc, schema));
            }
        }));
        return new RequestSchemas(Collections.unmodifiableMap(bodies), Collections.unmodifiableMap(declared),
                Collections.unmodifiableMap(queries));
    }

    private static void queryNames(JsonNode doc, JsonNode parameters, java.util.Set<String> into) {
        for (JsonNode p : parameters) {
            JsonNode param = resolve(doc, p);
            if ("query".equals(param.path("in").asText())) {
                into.add(param.path("name").asText());
            }
        }
    }

    private static Shape shape(JsonNode doc, JsonNode schema) {
        JsonNode s = resolve(doc, schema);
        if (s.has("allOf")) {
            Map<String, Shape> fields = new LinkedHashMap<>();
            boolean closed = false;
            for (JsonNode part : s.get("allOf")) {
                Shape p = shape(doc, part);
                fields.putAll(p.fields());
                closed |= p.closed();
            }
            return new Shape(Collections.unmodifiableMap(fields), closed, null);
        }
        if ("array".equals(s.path("type").asText())) {
            return new Shape(Map.of(), false, s.has("items") ? shape(doc, s.get("items")) : null);
        }
        if (!s.has("properties")) {
            return Shape.ANY;
        }
        Map<String, Shape> fields = new LinkedHashMap<>();
        s.get("properties").fields().forEachRemaining(f -> fields.put(f.getKey(), shape(doc, f.getValue())));
        boolean closed = s.has("additionalProperties") && !s.get("additionalProperties").asBoolean(true);
        return new Shape(Collections.unmodifiableMap(fields), closed, null);
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("openapi.yaml: only local $ref are read: " + ref);
            }
            s = doc.at(ref.substring(1));
            if (s.isMissingNode()) {
                throw new IllegalStateException("openapi.yaml: no " + ref);
            }
        }
        return s;
    }
}
