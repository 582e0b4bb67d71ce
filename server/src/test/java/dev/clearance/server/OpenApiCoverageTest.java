package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.clearance.records.Database;
import dev.clearance.server.http.Routing;
import dev.clearance.application.wiring.Components;
import dev.clearance.server.http.UploadLimits;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every registered route is described in openapi.yaml, and openapi.yaml describes no route that does not exist. */
class OpenApiCoverageTest {
    @Test
    void openApiDescribesExactlyTheRegisteredRoutes() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(ClearanceServer.openApi());
        Set<String> documented = new TreeSet<>();
        Iterator<String> paths = doc.path("paths").fieldNames();
        while (paths.hasNext()) {
            String path = paths.next();
            doc.path("paths").path(path).fieldNames().forEachRemaining(method -> {
                if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                    documented.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            });
        }
        try (Components parts = TestServer.parts(Database.open("jdbc:h2:mem:openapi;DB_CLOSE_DELAY=-1"),
                Path.of("no-lists.yaml"), false)) {
            Set<String> registered = ClearanceServer.create(parts, UploadLimits.ofBytes(1024)).routes().stream()
                    .map((Routing.Route r) -> r.method() + " " + r.path())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(documented).isEqualTo(registered);
        }
    }

    /**
     * The document loads without a parse message: an unquoted comma in a flow mapping ({description: a, b}) turns
     * the rest of a description into a stray key, which readers drop without a word.
     */
    @Test
    void theDocumentParsesWithoutMessages() {
        assertThat(Contract.parseMessages()).isEmpty();
    }

    @Test
    void everyProtectedOperationDocumentsUnauthorized() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(ClearanceServer.openApi());
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
            if (p.getKey().startsWith("/api/")) {
                assertThat(op.getValue().path("responses").has("401")).as(op.getKey() + " " + p.getKey()).isTrue();
            }
        }));
    }
}
