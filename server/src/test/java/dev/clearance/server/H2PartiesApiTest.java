package dev.clearance.server;

/** The partner master end to end on the embedded H2 database. */
class H2PartiesApiTest extends AbstractPartiesApiTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.h2("parties_api");
    }
}
