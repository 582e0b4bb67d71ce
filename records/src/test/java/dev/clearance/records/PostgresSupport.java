package dev.clearance.records;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one embedded PostgreSQL (real binaries from Maven) for the whole test run and hands out a fresh database per test.
 * Running as root works: zonky runs the server through {@code unshare -U} when the uid is 0.
 */
final class PostgresSupport implements BeforeAllCallback, AfterAllCallback {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String TEMPLATE = "clearance_template";
    private EmbeddedPostgres postgres;

    @Override
    public void beforeAll(ExtensionContext context) {
        // One server for the whole test run (starting one costs seconds); the root store closes it at the end.
        postgres = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Server.class, k -> Server.start(), Server.class).postgres;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // the shared server outlives the class
    }

    /** The shared server, migrated once into a template database. */
    private static final class Server implements ExtensionContext.Store.CloseableResource {
        final EmbeddedPostgres postgres;

        private Server(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        static Server start() {
            try {
                // Durability is irrelevant for throwaway test clusters; without fsync, CREATE DATABASE is cheap.
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .start();
                // Migrate once into a template; each test copies it (much faster than migrating per test).
                try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + TEMPLATE);
                }
                Database.open(pg.getJdbcUrl("postgres", TEMPLATE), "postgres", "postgres").close();
                return new Server(pg);
            } catch (java.io.IOException | SQLException e) {
                throw new IllegalStateException("embedded PostgreSQL did not start: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws java.io.IOException {
            postgres.close();
        }
    }

    /** Creates a database (a copy of the migrated template, so migrations still run but find nothing to do). */
    String newDatabaseUrl() {
        String name = "clearance_" + COUNTER.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    /** Creates an empty database (no migration run yet), for tests of a migration over existing rows. */
    String emptyDatabaseUrl() {
        String name = "clearance_empty_" + COUNTER.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    Database newDatabase() {
        return Database.open(newDatabaseUrl(), "postgres", "postgres");
    }
}
