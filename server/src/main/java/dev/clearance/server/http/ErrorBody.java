package dev.clearance.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A refused request: {@code {"error": {"status", "code", "message", "field"?, "details"?}}}.
 *
 * @param error the error
 */
public record ErrorBody(Error error) {
    /**
     * What is wrong.
     *
     * @param status  the HTTP status
     * @param code    the stable machine-readable code
     * @param message what is wrong, for people
     * @param field   the input field at fault; left out when none
     * @param details extra structured data (e.g. refusal reasons); left out when none
     */
    public record Error(int status, String code, String message,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String field,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Object details) {
    }
}
