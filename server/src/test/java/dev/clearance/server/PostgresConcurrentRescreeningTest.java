package dev.clearance.server;

/** Concurrent re-screenings of one party on a real PostgreSQL (embedded, one per class). */
class PostgresConcurrentRescreeningTest extends AbstractConcurrentRescreeningTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.postgres();
    }
}
