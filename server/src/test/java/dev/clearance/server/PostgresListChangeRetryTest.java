package dev.clearance.server;

/** A failing list-change listener made visible and retried, on a real PostgreSQL (embedded, one per class). */
class PostgresListChangeRetryTest extends AbstractListChangeRetryTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.postgres();
    }
}
