package dev.clearance.server.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query and path parameters, parsed with 400s naming the parameter. */
public final class Params {
    /** Request attribute: the query parameters the route declares in {@code openapi.yaml}. */
    static final String DECLARED = "clearance.query";

    private Params() {
    }

    /**
     * The query parameter's value; reading one the route's description does not declare is a server fault (the
     * tests catch it), since a caller sending it would be refused as unknown.
     */
    private static String query(Context ctx, String name) {
        java.util.Set<String> declared = ctx.attribute(DECLARED);
        if (declared != null && !declared.contains(name)) {
            throw new IllegalStateException("query parameter '" + name + "' is read but not declared in openapi.yaml");
        }
        return ctx.queryParam(name);
    }

    /** @return the integer query parameter, {@code otherwise} when absent; 400 outside {@code [min, max]} */
    public static int integer(Context ctx, String name, int otherwise, int min, int max) {
        String v = query(ctx, name);
        if (v == null || v.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) {
                throw ApiError.badRequest(name, "must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name, "not a whole number: " + dev.clearance.text.Excerpt.quote(v));
        }
    }

    /** @return the date query parameter, {@code otherwise} when absent */
    public static LocalDate date(Context ctx, String name, LocalDate otherwise) {
        String v = query(ctx, name);
        if (v == null || v.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name, "not a date (YYYY-MM-DD): " + dev.clearance.text.Excerpt.quote(v));
        }
    }

    /** @return the text query parameter, or null when absent or blank */
    public static String text(Context ctx, String name) {
        String v = query(ctx, name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /**
     * A query parameter with a fixed vocabulary: any other value is a 400 naming the parameter and the words it
     * takes (never silently read as the default).
     *
     * @param allowed the words accepted, compared ignoring case
     * @return the word as listed in {@code allowed}, or {@code otherwise} when the parameter is absent or blank
     */
    public static String choice(Context ctx, String name, String otherwise, java.util.Collection<String> allowed) {
        String v = text(ctx, name);
        if (v == null) {
            return otherwise;
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(v)) {
                return a;
            }
        }
        throw ApiError.badRequest(name, "expected one of " + String.join(", ", allowed) + ", not "
                + dev.clearance.text.Excerpt.quote(v));
    }

    /** @return the path parameter as a positive long; 404 when it is not one (no such resource can exist) */
    public static long id(Context ctx, String name) {
        try {
            long id = Long.parseLong(ctx.pathParam(name));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through: an id that cannot exist is simply not found
        }
        throw ApiError.notFound("no such " + name + ": " + ctx.pathParam(name));
    }
}
