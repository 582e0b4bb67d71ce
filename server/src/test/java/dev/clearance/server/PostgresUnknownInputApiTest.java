package dev.clearance.server;

/** The unknown-input tests on a real PostgreSQL (embedded, one per class). */
class PostgresUnknownInputApiTest extends AbstractUnknownInputApiTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.postgres();
    }
}
