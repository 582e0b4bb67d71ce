package dev.clearance.server;

/** List safety and updates on the embedded H2 database. */
class H2ListSafetyTest extends AbstractListSafetyTest {
    @Override
    protected String newDatabaseUrl() {
        return "jdbc:h2:mem:list_safety_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    }
}
