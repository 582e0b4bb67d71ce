package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.records.Database;
import dev.clearance.application.wiring.ApplicationOptions;
import dev.clearance.application.wiring.Components;
import dev.clearance.server.http.RequestIds;
import dev.clearance.server.http.UploadLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One {@link ClearanceServer} for an API test: on 127.0.0.1 (a free port), the first administrator made and the
 * lists loaded before it serves, a client with the administrator's key, and clients with new keys per role.
 * {@link #close()} stops the server and closes its application parts (and with them the database the test opened); a
 * folder the fixture made for the lists is removed as well.
 *
 * <p>The database is the test's: the {@code H2*}/{@code Postgres*} subclasses of an {@code Abstract*ApiTest} open
 * it, hand it over here, and release what is left of their vendor after {@link #close()}.
 */
final class TestServer implements AutoCloseable {
    private final Components parts;
    private final UploadLimits limits;
    private final Path ownDir;
    private final ClearanceServer server;
    private final String adminKey;
    private final Api admin;

    private TestServer(Components parts, UploadLimits limits, Path ownDir) throws Exception {
        this.parts = parts;
        this.limits = limits;
        this.ownDir = ownDir;
        try {
            adminKey = parts.keys().ensureFirstAdmin().orElseThrow().plaintext();
            parts.lists().reload("system");
            server = ClearanceServer.create(parts, limits).start("127.0.0.1", 0);
        } catch (Exception | Error e) {
            parts.close();
            TempDirs.delete(ownDir);
            throw e;
        }
        admin = new Api(base(), adminKey);
    }

    /**
     * Starts a server over the test's database and lists file.
     *
     * @param database owned by the returned server from now on; closed on failure
     * @param lists the lists file (may not exist)
     * @param maxUploadBytes the largest upload the server takes
     */
    static TestServer start(Database database, Path lists, long maxUploadBytes) throws Exception {
        return new TestServer(parts(database, lists, false), UploadLimits.ofBytes(maxUploadBytes), null);
    }

    /**
     * The application's parts as a server makes them, over the test's database.
     *
     * @param database closed with the parts
     * @param lists the lists file (may not exist; null for none)
     * @param fourEyes whether a false positive needs a second officer
     */
    static Components parts(Database database, Path lists, boolean fourEyes) {
        return new Components(database, ApplicationOptions.of(lists).withFourEyes(fourEyes), RequestIds::current);
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
        return overBaseLists(database, maxUploadBytes, o -> o.withFourEyes(fourEyes));
    }

    /**
     * As {@link #overBaseLists(Database, long)}, with the application's settings changed from the defaults.
     *
     * @param options changes the default settings (over the fixture's lists file)
     */
    static TestServer overBaseLists(Database database, long maxUploadBytes,
            java.util.function.UnaryOperator<ApplicationOptions> options) throws Exception {
        Path dir = Files.createTempDirectory("clearance-api-test");
        Path lists;
        try {
            lists = TestLists.write(dir, TestLists.BASE);
        } catch (Exception e) {
            TempDirs.delete(dir);
            throw e;
        }
        Components parts;
        try {
            parts = new Components(database, options.apply(ApplicationOptions.of(lists)), RequestIds::current);
        } catch (RuntimeException e) {
            TempDirs.delete(dir);
            throw e;
        }
        return new TestServer(parts, UploadLimits.ofBytes(maxUploadBytes), dir);
    }

    /** @return the folder holding {@code lists.yaml} and the list, for tests that rewrite it and reload */
    Path listsFolder() {
        if (ownDir == null) {
            throw new IllegalStateException("the lists file is the test's own");
        }
        return ownDir;
    }

    /** @return the application parts behind the server */
    Components parts() {
        return parts;
    }

    /** @return the upload limits the server was made with */
    UploadLimits limits() {
        return limits;
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

    /** Stops the server, then closes the application parts and removes the fixture's own folder. */
    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            try {
                parts.close();
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
