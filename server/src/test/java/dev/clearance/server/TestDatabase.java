package dev.clearance.server;

import dev.clearance.records.Database;

/**
 * The database vendor an API test runs on: the {@code H2*} and {@code Postgres*} subclasses of the
 * {@code Abstract*ApiTest} classes each name theirs, and the abstract class opens its databases from it.
 * {@link #open()} gives a new, empty database; {@link #close()} releases what the vendor started, once the databases
 * opened from it are closed.
 */
interface TestDatabase extends AutoCloseable {
    /** @return a new, empty database */
    Database open();

    /** Releases what the vendor started (nothing, unless it says otherwise). */
    @Override
    default void close() throws Exception {
    }

    /** @return H2 in memory, a new database per {@link #open()} named after {@code name} */
    static TestDatabase h2(String name) {
        return () -> Database.open("jdbc:h2:mem:" + name + "_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }

    /** @return one embedded PostgreSQL, started on the first {@link #open()}, a new database per call */
    static TestDatabase postgres() {
        return new PostgresSupport();
    }
}
