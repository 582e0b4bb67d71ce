package dev.clearance.server.http;

/**
 * A request the server refuses, rendered as {@code {"error": {"status", "code", "message", "field"?, "details"?}}}.
 * Services throw it; {@link Errors} turns it into the response, so handlers stay free of status bookkeeping.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String code;
    private final String field;
    private final transient Object details;

    /**
     * @param status HTTP status
     * @param code stable machine-readable code, e.g. {@code bad_request}
     * @param message what is wrong, for people
     * @param field the input field at fault, or null
     * @param details extra structured data (e.g. refusal reasons), or null
     */
    public ApiError(int status, String code, String message, String field, Object details) {
        // a message never echoes a whole oversized value (see Excerpt)
        super(dev.clearance.text.Excerpt.message(message));
        this.status = status;
        this.code = code;
        this.field = field;
        this.details = details;
    }

    /** 400 naming the field at fault. */
    public static ApiError badRequest(String field, String message) {
        return new ApiError(400, "bad_request", message, field, null);
    }

    /** 401: no key, or a key that does not authenticate. */
    public static ApiError unauthorized(String message) {
        return new ApiError(401, "unauthorized", message, null, null);
    }

    /** 403: the key's role is too low. */
    public static ApiError forbidden(String message) {
        return new ApiError(403, "forbidden", message, null, null);
    }

    /** 404 for a missing resource. */
    public static ApiError notFound(String message) {
        return new ApiError(404, "not_found", message, null, null);
    }

    /** 409: the request conflicts with stored state. */
    /**
     * The answer to a step the records refused ({@link dev.clearance.records.RefusedException}): 404 when what it
     * names does not exist, else 409 with the refusal's kind as the code.
     */
    public static ApiError refused(dev.clearance.records.RefusedException e, Object details) {
        return e.notFound() ? notFound(e.getMessage()) : conflict(e.code(), e.getMessage(), details);
    }

    public static ApiError conflict(String code, String message, Object details) {
        return new ApiError(409, code, message, null, details);
    }

    /** 413: the body is larger than the server accepts. */
    public static ApiError tooLarge(long limit) {
        return new ApiError(413, "payload_too_large", "request body exceeds " + limit + " bytes", null, null);
    }

    /** @return HTTP status */
    public int status() {
        return status;
    }

    /** @return the stable error code */
    public String code() {
        return code;
    }

    /** @return the field at fault, or null */
    public String field() {
        return field;
    }

    /** @return the response body: {@code {"error": {...}}} */
    public ErrorBody body() {
        return new ErrorBody(new ErrorBody.Error(status, code, getMessage(), field, details));
    }
}
