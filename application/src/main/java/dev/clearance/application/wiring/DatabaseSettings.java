package dev.clearance.application.wiring;

import java.nio.file.Path;
import java.util.Map;

/**
 * Which database to open, as the server and the CLI's commands resolve it: unset values come from the environment
 * ({@code CLEARANCE_DB_URL}, {@code CLEARANCE_DB_USER}, {@code CLEARANCE_DB_PASSWORD}, {@code CLEARANCE_DATA},
 * {@code CLEARANCE_LISTS}) and then from defaults (data folder {@code ./data}, an H2 file database in it, and
 * {@code lists.yaml} in it).
 *
 * @param url JDBC URL, or null for the embedded H2 file database in the data folder
 * @param user database user, or null
 * @param password database password, or null
 * @param dataDir folder of the embedded database and the first admin key
 */
public record DatabaseSettings(String url, String user, String password, Path dataDir) {
    /** File in the data folder holding the first admin key (mode 0600). */
    public static final String ADMIN_KEY_FILE = "admin.key";

    /**
     * Fills unset values from the environment and defaults.
     *
     * @param url JDBC URL, or null
     * @param dataDir data folder, or null
     * @param env the environment
     * @return complete settings
     */
    public static DatabaseSettings resolve(String url, Path dataDir, Map<String, String> env) {
        Path data = dataDir != null ? dataDir : env.containsKey("CLEARANCE_DATA")
                ? Path.of(env.get("CLEARANCE_DATA")) : Path.of("data");
        return new DatabaseSettings(url != null ? url : blankToNull(env.get("CLEARANCE_DB_URL")),
                blankToNull(env.get("CLEARANCE_DB_USER")), blankToNull(env.get("CLEARANCE_DB_PASSWORD")), data);
    }

    /**
     * @param given the lists file named on the command line, or null
     * @param env the environment
     * @return the lists file: the one given, else {@code CLEARANCE_LISTS}, else {@code lists.yaml} in the data folder
     */
    public Path listsFile(Path given, Map<String, String> env) {
        return given != null ? given : env.containsKey("CLEARANCE_LISTS")
                ? Path.of(env.get("CLEARANCE_LISTS")) : dataDir.resolve("lists.yaml");
    }

    /** @return whether this is the embedded H2 database in the data folder */
    public boolean embedded() {
        return url == null;
    }

    /** @return where the database is, for messages: the data folder or the URL without its password */
    public String shown() {
        return embedded() ? "in " + dataDir : Databases.redact(url);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
