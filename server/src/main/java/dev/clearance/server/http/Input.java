package dev.clearance.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A JSON request object with typed accessors that fail as 400 naming the field, so no handler can turn bad input
 * into a 500.
 */
public final class Input {
    private final ObjectNode node;
    private final RequestSchemas.Shape shape;

    /** @param node a request object the server made itself (no declared fields to hold it to) */
    public Input(ObjectNode node) {
        this(node, RequestSchemas.Shape.ANY);
    }

    /**
     * @param node  the request object
     * @param shape the fields its route declares
     */
    public Input(ObjectNode node, RequestSchemas.Shape shape) {
        this.node = node;
        this.shape = shape;
    }

    /** The value of a field; reading one the route's description does not declare is a server fault. */
    private JsonNode value(String field) {
        if (!shape.declares(field)) {
            throw new IllegalStateException("field '" + field + "' is read but not declared in openapi.yaml");
        }
        return node.get(field);
    }

    /** @return the object as received (for audit records) */
    public ObjectNode node() {
        return node;
    }

    /** @return the trimmed text, or null when absent, null or blank */
    public String text(String field) {
        JsonNode v = value(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() && !v.isNumber()) {
            throw ApiError.badRequest(field, "expected a string");
        }
        String s = v.asText().trim();
        return s.isEmpty() ? null : s;
    }

    /** @return the text; 400 when missing */
    public String requiredText(String field) {
        String s = text(field);
        if (s == null) {
            throw ApiError.badRequest(field, "required");
        }
        return s;
    }

    /** @return the date (YYYY-MM-DD), or null when absent */
    public LocalDate date(String field) {
        String s = text(field);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(field, "not a date (YYYY-MM-DD): " + dev.clearance.text.Excerpt.quote(s));
        }
    }

    /** @return the date; 400 when missing */
    public LocalDate requiredDate(String field) {
        LocalDate d = date(field);
        if (d == null) {
            throw ApiError.badRequest(field, "required (YYYY-MM-DD)");
        }
        return d;
    }

    /** @return the non-negative decimal, or null when absent */
    public BigDecimal decimal(String field) {
        JsonNode v = value(field);
        if (v == null || v.isNull() || v.isTextual() && v.asText().isBlank()) {
            return null;
        }
        BigDecimal d;
        try {
            d = v.isNumber() ? v.decimalValue() : new BigDecimal(v.asText().trim());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(field, "not a number: " + dev.clearance.text.Excerpt.quote(v.asText()));
        }
        if (d.signum() < 0) {
            throw ApiError.badRequest(field, "must not be negative");
        }
        return d;
    }

    /** @return the number, or {@code otherwise} when absent; 400 when outside {@code [min, max]} */
    public double number(String field, double otherwise, double min, double max) {
        BigDecimal d = decimal(field);
        if (d == null) {
            return otherwise;
        }
        if (d.doubleValue() < min || d.doubleValue() > max) {
            throw ApiError.badRequest(field, "must be between " + min + " and " + max);
        }
        return d.doubleValue();
    }

    /** @return the boolean, false when absent */
    public boolean flag(String field) {
        JsonNode v = value(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw ApiError.badRequest(field, "expected true or false");
        }
        return v.asBoolean();
    }

    /** @return the strings of an array (a single string is taken as a comma-separated list); empty when absent */
    public List<String> strings(String field) {
        JsonNode v = value(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isTextual()) {
            for (String s : v.asText().split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
            return out;
        }
        if (!v.isArray()) {
            throw ApiError.badRequest(field, "expected an array of strings");
        }
        for (JsonNode e : v) {
            if (!e.isTextual()) {
                throw ApiError.badRequest(field, "expected an array of strings");
            }
            if (!e.asText().isBlank()) {
                out.add(e.asText().trim());
            }
        }
        return out;
    }

    /** @return the positive whole numbers of an array (ids); empty when absent; 400 naming the field otherwise */
    public List<Long> ids(String field) {
        JsonNode v = value(field);
        List<Long> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw ApiError.badRequest(field, "expected an array of ids");
        }
        for (JsonNode e : v) {
            if (!e.canConvertToLong() || !e.isIntegralNumber() || e.asLong() <= 0) {
                throw ApiError.badRequest(field, "expected an array of ids (positive whole numbers)");
            }
            out.add(e.asLong());
        }
        return out;
    }

    /** @return the positive whole number (an id, a seq), or null when absent; 400 naming the field otherwise */
    public Long id(String field) {
        JsonNode v = value(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() <= 0) {
            throw ApiError.badRequest(field, "expected a positive whole number");
        }
        return v.asLong();
    }

    /** @return the distinct strings of an array, in order */
    public Set<String> stringSet(String field) {
        return new LinkedHashSet<>(strings(field));
    }

    /** @return the nested object, or an empty one when absent */
    public Input object(String field) {
        JsonNode v = value(field);
        if (v == null || v.isNull()) {
            return new Input(Json.MAPPER.createObjectNode());
        }
        if (!(v instanceof ObjectNode o)) {
            throw ApiError.badRequest(field, "expected an object");
        }
        return new Input(o, shape.field(field));
    }
}
