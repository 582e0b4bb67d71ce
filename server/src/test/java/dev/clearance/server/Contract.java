package dev.clearance.server;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Every response the API tests receive is checked against openapi.yaml: a field added, renamed or retyped
 * without the contract fails the test that saw it. {@link Api} calls it once per exchange, so every route the
 * tests call is checked. With {@code -Dclearance.contract.log=FILE} the findings are appended to the file
 * instead (to survey them all in one run).
 */
final class Contract {
    private static final String SPEC = new String(ClearanceServer.openApi(), StandardCharsets.UTF_8);
    private static final String LOG = System.getProperty("clearance.contract.log");

    private Contract() {
    }

    /** Built on first use, so that a document that does not parse fails parseMessages' test, not every class. */
    private static final class Holder {
        private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
                .createForInlineApiSpecification(SPEC)
                .withLevelResolver(LevelResolver.create()
                        // The tests send bad requests on purpose; only the server's answers are checked here.
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /** @return what the OpenAPI parser says of openapi.yaml: empty when it reads the whole document */
    static java.util.List<String> parseMessages() {
        try {
            OpenApiInteractionValidator.createForInlineApiSpecification(SPEC).build();
            return java.util.List.of();
        } catch (OpenApiInteractionValidator.ApiLoadException e) {
            return e.getParseMessages();
        }
    }

    /** Checks one response; an AssertionError lists what does not match the contract. */
    static void check(String method, String pathAndQuery, int status, String contentType, String body) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status).withBody(body);
        if (contentType != null) {
            response.withContentType(contentType);
        }
        ValidationReport report = Holder.VALIDATOR.validateResponse(path,
                Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), response.build());
        if (!report.hasErrors()) {
            return;
        }
        StringBuilder s = new StringBuilder(method + " " + path + " " + status + " does not match openapi.yaml:");
        report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .forEach(m -> s.append("\n  ").append(m.getKey()).append(": ").append(m.getMessage()));
        if (LOG != null) {
            try {
                Files.writeString(Path.of(LOG), s + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        throw new AssertionError(s);
    }
}
