package dev.clearance.server;

/** The determination API examples on the embedded H2 database. */
class H2DeterminationApiTest extends AbstractDeterminationApiTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.h2("determination_api");
    }
}
