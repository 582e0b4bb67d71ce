package dev.clearance.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.application.json.JsonText;
import io.javalin.http.Context;
import java.io.IOException;

/** JSON in and out: one mapper for the whole server, and size-checked request bodies. */
public final class Json {
    /** The server's mapper, the application's: ISO-8601 dates, no timestamps. */
    public static final ObjectMapper MAPPER = JsonText.MAPPER;

    /** The request attribute holding the route's JSON body shape (set by {@link Routing}). */
    static final String SCHEMA = "clearance.requestSchema";
    private static final String CHECKED = "clearance.checkedBody";

    /** Largest JSON body accepted; uploads have their own limit. */
    public static final long MAX_JSON_BYTES = 1 << 20;

    private Json() {
    }

    /**
     * Writes {@code body} as the JSON response with this status: the same text as {@link #write}, serialised straight
     * to UTF-8 bytes (an answer holding any character beyond Latin-1, a Japanese word or an arrow, made a UTF-16
     * string that was then encoded again, character by character).
     */
    public static void send(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(bytes(body));
    }

    /**
     * Answers with an object already written as JSON (an audit record's outputs) and one more field after its last:
     * the text it was stored as, not the object serialised a second time.
     *
     * @param objectJson a JSON object's text, as {@link #write} gave it
     * @param name the field to add; the caller's record must have it last, so the answer is the text {@link #write}
     *     gives of the record with that field set
     * @param value its value
     */
    public static void sendWith(Context ctx, int status, String objectJson, String name, long value) {
        int end = objectJson.lastIndexOf('}');
        if (!objectJson.startsWith("{") || end < 0) {
            throw new IllegalArgumentException("not a JSON object: " + dev.clearance.text.Excerpt.quote(objectJson));
        }
        String head = objectJson.substring(0, end).stripTrailing();
        String field = (head.endsWith("{") ? "" : ",") + write(name) + ":" + value + "}";
        ctx.status(status).contentType("application/json").result(head + field);
    }

    /** @return the value as JSON text in UTF-8, as {@link #write} gives it */
    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @return the value as JSON text */
    public static String write(Object value) {
        return JsonText.write(value);
    }

    /**
     * @return a response record's JSON fields as a map, in order, numbers and texts as written: for an audit record's
     *     outputs that the metrics read by field name
     */
    @SuppressWarnings("unchecked")
    public static java.util.Map<String, Object> fields(Object record) {
        return MAPPER.convertValue(record, java.util.LinkedHashMap.class);
    }

    /** @return the JSON text parsed into a tree (for audit records shown back to people) */
    public static JsonNode tree(String text) {
        return JsonText.tree(text);
    }

    /**
     * Reads the body as one JSON object.
     *
     * @throws ApiError 400 when empty, malformed or not an object; 413 when larger than {@link #MAX_JSON_BYTES}
     */
    public static Input object(Context ctx) {
        Input checked = ctx.attribute(CHECKED);
        if (checked != null) {
            return checked;
        }
        byte[] body = Bodies.bytes(ctx, MAX_JSON_BYTES);
        if (body.length == 0) {
            throw ApiError.badRequest("body", "expected a JSON object, got an empty body");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (IOException e) {
            String msg = e.getMessage() == null ? "malformed JSON" : e.getMessage().split("\n", 2)[0];
            throw new ApiError(400, "malformed_json", "malformed JSON: " + msg, "body", null);
        }
        if (!(node instanceof ObjectNode o)) {
            throw ApiError.badRequest("body", "expected a JSON object");
        }
        RequestSchemas.Shape shape = ctx.attribute(SCHEMA);
        if (shape == null) {
            // a route reading JSON that openapi.yaml does not describe: the server's fault, never the caller's
            throw new IllegalStateException(ctx.method() + " " + ctx.path()
                    + " reads a JSON body that openapi.yaml does not describe");
        }
        // one check for every route: a field the description does not list is refused, never ignored
        shape.check(o, "");
        Input in = new Input(o, shape);
        ctx.attribute(CHECKED, in);
        return in;
    }

    /**
     * Holds a JSON body to its route's schema before the handler runs (a CSV upload, or no body, is left to the
     * handler).
     */
    static void checkBody(Context ctx) {
        String type = ctx.header("Content-Type");
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/csv")) {
            return;
        }
        if (blank(Bodies.bytes(ctx, MAX_JSON_BYTES))) {
            return;
        }
        object(ctx);
    }

    /**
     * Whether a body is only white space, read on the bytes (as {@link String#isBlank} reads the text: JSON's white
     * space is ASCII; any other byte, or a UTF-8 space beyond ASCII, is left to the parser to name).
     */
    static boolean blank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != 0x0B && b != 0x0C
                    && !(b >= 0x1C && b <= 0x1F)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Refuses a body on a route that takes none: a field sent there would be ignored. An empty body, or an empty
     * JSON object, is no input and passes.
     *
     * @throws ApiError 400 {@code unknown_field} naming the first field, or naming {@code body}
     */
    static void refuseBody(Context ctx) {
        byte[] body = Bodies.bytes(ctx, MAX_JSON_BYTES);
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return;
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (IOException e) {
            node = null;
        }
        if (node instanceof ObjectNode o) {
            if (o.isEmpty()) {
                return;
            }
            throw RequestSchemas.unknown(o.fieldNames().next(), java.util.List.of());
        }
        throw ApiError.badRequest("body", "this route takes no body");
    }
}
