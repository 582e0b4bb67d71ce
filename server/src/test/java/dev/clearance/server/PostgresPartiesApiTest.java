package dev.clearance.server;

/** The partner master end to end on a real PostgreSQL (embedded). */
class PostgresPartiesApiTest extends AbstractPartiesApiTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.postgres();
    }
}
