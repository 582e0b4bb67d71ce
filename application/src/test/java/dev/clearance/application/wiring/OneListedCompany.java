package dev.clearance.application.wiring;

import dev.clearance.records.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The application's parts on an in-memory database with one configured list, {@code test}, of one listed company
 * (Eastern Star Trading Company, KP): what the application's tests screen, decide and gate on, without HTTP.
 */
public final class OneListedCompany {
    private static final String LIST = String.join("\n",
            "{\"id\":\"o2\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Eastern Star Trading Company\"],"
                    + "\"country\":[\"kp\"]}}", "");

    private OneListedCompany() {
    }

    /** @return the configuration file of the one list, written into {@code dir} beside the list */
    public static Path listsFile(Path dir) throws IOException {
        Files.writeString(dir.resolve("list.jsonl"), LIST);
        Path yaml = dir.resolve("lists.yaml");
        Files.writeString(yaml, "lists:\n  - name: test\n    format: ftm-json\n    path: list.jsonl\n");
        return yaml;
    }

    /**
     * @param name    names the in-memory database (made unique), so tests never share one
     * @return the parts with the list configured but not loaded yet ({@code parts.lists().update("test")} loads it)
     */
    public static Components components(String name, ApplicationOptions options) {
        return new Components(database(name), options, () -> null);
    }

    /** @return a fresh in-memory database, its name made unique */
    public static Database database(String name) {
        return Database.open("jdbc:h2:mem:" + name + "_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** As {@link #components(String, ApplicationOptions)}, with the default options for the one list. */
    public static Components components(Path dir, String name) throws IOException {
        return components(name, ApplicationOptions.of(listsFile(dir)));
    }
}
