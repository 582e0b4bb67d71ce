package dev.clearance.server;

/** Decisions over HTTP on the embedded H2 database. */
class H2DecisionsApiTest extends AbstractDecisionsApiTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.h2("decisions_api");
    }
}
