package dev.clearance.server;

/** Concurrent re-screenings of one party on the embedded H2 database. */
class H2ConcurrentRescreeningTest extends AbstractConcurrentRescreeningTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.h2("concurrent_rescreening");
    }
}
