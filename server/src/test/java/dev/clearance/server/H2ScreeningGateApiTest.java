package dev.clearance.server;

/** The screening gate tests on the embedded H2 database. */
class H2ScreeningGateApiTest extends AbstractScreeningGateApiTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.h2("screening_gate_api");
    }
}
