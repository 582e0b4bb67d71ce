package dev.clearance.server;

import dev.clearance.records.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL (real binaries, started offline) per test class, started on first use; each call gets a
 * fresh database. {@link #close()} stops it (if it started).
 */
final class PostgresSupport implements TestDatabase {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private EmbeddedPostgres postgres;

    private EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres;
    }

    /** @return the JDBC URL of a new empty database (user and password: postgres) */
    String newDatabaseUrl() {
        String name = "clearance_server_" + COUNTER.incrementAndGet();
        try (Connection c = postgres().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return postgres().getJdbcUrl("postgres", name);
    }

    /** @return a new, empty database, opened as the user postgres */
    @Override
    public Database open() {
        return Database.open(newDatabaseUrl(), "postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            try {
                postgres.close();
            } finally {
                postgres = null;
            }
        }
    }
}
