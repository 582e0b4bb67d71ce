package dev.clearance.server;

import dev.clearance.application.lists.ListCatalogue;
import dev.clearance.application.wiring.ApplicationOptions;
import dev.clearance.application.wiring.DatabaseSettings;
import dev.clearance.server.http.UploadLimits;
import java.nio.file.Path;
import java.util.Map;

/**
 * How to start the server. Unset values come from the environment ({@code CLEARANCE_DB_URL},
 * {@code CLEARANCE_DB_USER}, {@code CLEARANCE_DB_PASSWORD}, {@code CLEARANCE_DATA}, {@code CLEARANCE_LISTS}) and
 * then from defaults: port 8080 on all interfaces, data folder {@code ./data}, an H2 file database in it, and
 * {@code lists.yaml} in it.
 *
 * @param host interface to listen on
 * @param port port (0 picks a free one)
 * @param dbUrl JDBC URL, or null for the embedded H2 file database in the data folder
 * @param dbUser database user, or null
 * @param dbPassword database password, or null
 * @param dataDir folder for the embedded database and the first admin key
 * @param listsFile the lists file
 * @param maxUploadBytes largest CSV upload accepted
 * @param maxUploadRows most data rows accepted in one CSV upload (system property {@code clearance.maxUploadRows},
 *     default {@value dev.clearance.server.http.UploadLimits#DEFAULT_MAX_ROWS})
 * @param fourEyes whether a false positive suppresses alerts only once a second officer confirmed it
 *     ({@code CLEARANCE_FOUR_EYES=true})
 */
public record ServerOptions(String host, int port, String dbUrl, String dbUser, String dbPassword, Path dataDir,
        Path listsFile, long maxUploadBytes, int maxUploadRows, boolean fourEyes) {

    /** Default upload limit: 20 MiB. */
    public static final long DEFAULT_MAX_UPLOAD = 20L << 20;

    /**
     * Fills unset values from the environment and defaults.
     *
     * @param host interface, or null for all
     * @param port port, or null for 8080
     * @param dbUrl JDBC URL, or null
     * @param dataDir data folder, or null
     * @param listsFile lists file, or null
     * @param env the environment
     * @return complete options
     */
    public static ServerOptions resolve(String host, Integer port, String dbUrl, Path dataDir, Path listsFile,
            Map<String, String> env) {
        DatabaseSettings db = DatabaseSettings.resolve(dbUrl, dataDir, env);
        return new ServerOptions(host == null ? "0.0.0.0" : host, port == null ? 8080 : port, db.url(), db.user(),
                db.password(), db.dataDir(), db.listsFile(listsFile, env), DEFAULT_MAX_UPLOAD, UploadLimits.ofBytes(DEFAULT_MAX_UPLOAD).maxRows(),
                "true".equalsIgnoreCase(blankToNull(env.get("CLEARANCE_FOUR_EYES"))));
    }

    /**
     * @param on four eyes for false positives (the {@code --four-eyes} option); false leaves the environment's choice
     * @return a copy with four eyes on when asked
     */
    public ServerOptions withFourEyes(boolean on) {
        return new ServerOptions(host, port, dbUrl, dbUser, dbPassword, dataDir, listsFile, maxUploadBytes,
                maxUploadRows, fourEyes || on);
    }

    /** @return the application's settings among these */
    public ApplicationOptions application(Map<String, String> env) {
        return new ApplicationOptions(listsFile, fourEyes, ListCatalogue.DEFAULT_LISTENER_RETRY, env);
    }

    /** @return the database settings among these */
    public DatabaseSettings database() {
        return new DatabaseSettings(dbUrl, dbUser, dbPassword, dataDir);
    }

    /** @return the upload limits among these */
    public UploadLimits uploadLimits() {
        return new UploadLimits(maxUploadBytes, maxUploadRows);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
