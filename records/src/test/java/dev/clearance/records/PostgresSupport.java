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
 * Starts one embedded PostgreSQL (real binaries from Maven) per test class and hands out a fresh database per test.
 * Running as root works: zonky runs the server through {@code unshare -U} when the uid is 0.
 */
final class PostgresSupport implements BeforeAllCallback, AfterAllCallback {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String TEMPLATE = "clearance_template";
    private EmbeddedPostgres postgres;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        // Durability is irrelevant for throwaway test clusters; without fsync, CREATE DATABASE's checkpoint is cheap.
        postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("synchronous_commit", "off")
                .start();
        // Migrate once into a template; each test copies it (much faster than migrating per test).
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + TEMPLATE);
        }
        Database.open(postgres.getJdbcUrl("postgres", TEMPLATE), "postgres", "postgres").close();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (postgres != null) {
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

    Database newDatabase() {
        return Database.open(newDatabaseUrl(), "postgres", "postgres");
    }
}
