package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.records.Database;
import dev.clearance.server.services.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One {@link ClearanceServer} for an API test: on 127.0.0.1 (a free port), the first administrator made and the
 * lists loaded before it serves, a client with the administrator's key, and clients with new keys per role.
 * {@link #close()} stops the server and closes its services (and with them the database the test opened); a
 * folder the fixture made for the lists is removed as well.
 *
 * <p>The database is the test's: the {@code H2*}/{@code Postgres*} subclasses of an {@code Abstract*ApiTest} open
 * it, hand it over here, and release what is left of their vendor after {@link #close()}.
 */
final class TestServer implements AutoCloseable {
    private final Services services;
    private final Path ownDir;
    private final ClearanceServer server;
    private final String adminKey;
    private final Api admin;

    private TestServer(Services services, Path ownDir) throws Exception {
        this.services = services;
        this.ownDir = ownDir;
        try {
            adminKey = services.keys().ensureFirstAdmin().orElseThrow().plaintext();
            services.lists().reload("system");
            server = ClearanceServer.create(services).start("127.0.0.1", 0);
        } catch (Exception | Error e) {
            services.close();
            TempDirs.delete(ownDir);
            throw e;
        }
        admin = new Api(base(), adminKey);
    }

    /**
     * Starts a server over services the test made (its own lists file, limits).
     *
     * @param services owned by the returned server from now on; closed on failure
     */
    static TestServer start(Services services) throws Exception {
        return new TestServer(services, null);
    }

    /**
     * Starts a server over {@code database} with {@link TestLists#BASE} written into a temporary folder of its own
     * ({@link #listsFolder()}), which {@link #close()} removes.
     *
     * @param maxUploadBytes the largest upload the server takes
     */
    static TestServer overBaseLists(Database database, long maxUploadBytes) throws Exception {
        return overBaseLists(database, maxUploadBytes, false);
    }

    /** As {@link #overBaseLists(Database, long)}, with or without the four-eyes rule for decisions. */
    static TestServer overBaseLists(Database database, long maxUploadBytes, boolean fourEyes) throws Exception {
        Path dir = Files.createTempDirectory("clearance-api-test");
        Path lists;
        try {
            lists = TestLists.write(dir, TestLists.BASE);
        } catch (Exception e) {
            TempDirs.delete(dir);
            throw e;
        }
        return new TestServer(new Services(database, lists, maxUploadBytes, fourEyes), dir);
    }

    /** @return the folder holding {@code lists.yaml} and the list, for tests that rewrite it and reload */
    Path listsFolder() {
        if (ownDir == null) {
            throw new IllegalStateException("the lists file is the test's own");
        }
        return ownDir;
    }

    /** @return the services behind the server (to change a limit) */
    Services services() {
        return services;
    }

    /** @return {@code http://127.0.0.1:port} */
    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** @return the plaintext key of the first administrator */
    String adminKey() {
        return adminKey;
    }

    /** @return a client with the first administrator's key */
    /** @return every route the server registered */
    java.util.List<dev.clearance.server.http.Routing.Route> routes() {
        return server.routes();
    }

    Api admin() {
        return admin;
    }

    /** @return a client with a new key of {@code role}, made by the administrator (asserts it was created) */
    Api keyWithRole(String role) {
        Api.Reply r = admin.post("/api/keys", Map.of("name", role + "-" + System.nanoTime(), "role", role));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return admin.as(r.get("key").asText());
    }

    /** Stops the server, then closes the services and removes the fixture's own folder. */
    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            try {
                services.close();
            } finally {
                TempDirs.delete(ownDir);
            }
        }
    }

    /** Closes {@code server} unless it never started ({@code null}). */
    static void close(TestServer server) {
        if (server != null) {
            server.close();
        }
    }
}
