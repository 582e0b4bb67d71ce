package dev.clearance.records;

import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresClusterRecordsTest extends AbstractClusterRecordsTest {
    @RegisterExtension
    static final PostgresSupport PG = new PostgresSupport();

    @Override
    protected Database openDatabase() {
        return PG.newDatabase();
    }

    @Override
    protected String[] emptyDatabase() {
        return new String[] {PG.emptyDatabaseUrl(), "postgres", "postgres"};
    }
}
