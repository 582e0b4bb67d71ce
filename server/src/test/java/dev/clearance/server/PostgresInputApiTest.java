package dev.clearance.server;

/** The input tests on a real PostgreSQL (embedded, one per class). */
class PostgresInputApiTest extends AbstractInputApiTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.postgres();
    }
}
