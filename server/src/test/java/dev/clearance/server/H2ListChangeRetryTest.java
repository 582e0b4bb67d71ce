package dev.clearance.server;

/** A failing list-change listener made visible and retried, on the embedded H2 database. */
class H2ListChangeRetryTest extends AbstractListChangeRetryTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.h2("list_change_retry");
    }
}
