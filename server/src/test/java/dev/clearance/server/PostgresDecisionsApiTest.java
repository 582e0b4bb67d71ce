package dev.clearance.server;

/** Decisions over HTTP on a real PostgreSQL (embedded, one per class). */
class PostgresDecisionsApiTest extends AbstractDecisionsApiTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.postgres();
    }
}
