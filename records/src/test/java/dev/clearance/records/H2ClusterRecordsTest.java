package dev.clearance.records;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2ClusterRecordsTest extends AbstractClusterRecordsTest {
    @TempDir
    Path dir;

    @Override
    protected Database openDatabase() {
        return Database.openDefault(dir.resolve("data"));
    }

    @Override
    protected String[] emptyDatabase() {
        return new String[] {"jdbc:h2:file:" + dir.resolve("empty") + ";" + String.join(";", Database.H2_SETTINGS),
                "sa", ""};
    }
}
