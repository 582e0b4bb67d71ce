package dev.clearance.server;

import dev.clearance.matching.normalise.Query;
import dev.clearance.matching.Screener;
import dev.clearance.records.access.CreatedKey;
import dev.clearance.records.Database;
import dev.clearance.application.wiring.Components;
import dev.clearance.server.http.AuthThrottle;
import dev.clearance.server.http.RequestIds;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Starts a server from {@link ServerOptions}: opens (and migrates) the database, creates the first admin key on
 * first start, loads the lists, resumes interrupted batch jobs and listens. {@code clearance serve} calls
 * {@link #start}; tests that need a separate process run {@link #main} with {@code --port --db --data --lists}.
 */
public final class ServerMain {
    /** File in the data folder holding the first admin key (mode 0600). */
    public static final String ADMIN_KEY_FILE = "admin.key";

    /** A started server and the application it serves; closing it stops both. */
    public record Running(ClearanceServer server, Components parts) implements AutoCloseable {
        @Override
        public void close() {
            try {
                server.stop();
            } finally {
                parts.close();
            }
        }
    }

    private ServerMain() {
    }

    /**
     * Starts a server.
     *
     * @param options where and on what to run
     * @param out where to print the startup lines (and the first admin key)
     * @return the running server
     */
    public static Running start(ServerOptions options, PrintStream out) {
        // Checked before anything is created: a start that cannot serve leaves no new database or admin key.
        checkPort(options.host(), options.port());
        Database db;
        try {
            db = options.dbUrl() == null ? openEmbedded(options.dataDir()) : openUrl(options.dbUrl(),
                    options.dbUser(), options.dbPassword());
        } catch (RuntimeException e) {
            String where = options.dbUrl() == null ? "in " + options.dataDir() : redact(options.dbUrl());
            throw locked(e) ? new StartupException(StartupException.Kind.DATABASE_IN_USE, "cannot open the database "
                    + where + ": it is in use by another process (a running server?)"
                    + (options.dbUrl() == null ? "; an embedded H2 database serves one server only: run several servers"
                    + " on one PostgreSQL (--db jdbc:postgresql://...)" : ""))
                    : new StartupException("cannot open the database " + where + ": " + rootMessage(e));
        }
        Components parts;
        AuthThrottle throttle;
        try {
            parts = new Components(db, options.application(System.getenv()), RequestIds::current);
        } catch (IllegalArgumentException e) {
            db.close();
            throw new StartupException(e.getMessage()); // a bad setting in the environment, named
        }
        try {
            throttle = ClearanceServer.throttle(parts, System.getenv());
        } catch (IllegalArgumentException e) {
            parts.close();
            throw new StartupException(e.getMessage());
        }
        try {
            Optional<CreatedKey> first = parts.keys().ensureFirstAdmin();
            if (first.isPresent()) {
                Path file = writeKey(options.dataDir(), first.get().plaintext());
                out.println("clearance: first start: admin API key " + first.get().plaintext());
                out.println("clearance: (also written to " + file + "; create other keys with POST /api/keys)");
            }
            if (options.listsFile() != null && !java.nio.file.Files.exists(options.listsFile())) {
                ListsTemplate.write(options.listsFile());
                out.println("clearance: no lists configured yet: a commented template was written to "
                        + options.listsFile() + "; edit it, then POST /api/lists/reload");
            }
            // Sharing the database, a start takes the versions stored by the others and asks the sources only
            // whether they changed since (one fetch per change); alone, it reads every list afresh.
            var lists = parts.cluster().shared() ? parts.lists().update("system")
                    : parts.lists().reload("system");
            out.println("clearance: " + parts.lists().current().entryCount() + " list entries loaded from "
                    + parts.lists().configFile() + " (" + String.join(", ", parts.lists().current().labels())
                    + ")");
            for (var s : parts.lists().states()) {
                if (s.degraded()) {
                    out.println("clearance: DEGRADED: list " + s.name() + " " + s.state()
                            + (s.version() == null ? " (not screened against)" : ", serving " + s.version().label())
                            + (s.lastRefusal() == null ? "" : ": " + String.join("; ", s.lastRefusal().reasons())));
                }
            }
            if (lists.lists().isEmpty()) {
                out.println("clearance: no list configured: screenings answer 503 no_lists until one is loaded");
            }
            warmUp(parts);
            dev.clearance.server.products.MasterRecheck.onStart(parts.database(), parts.audit(),
                    parts.engine().regimes(), out);
            ClearanceServer server = ClearanceServer.create(parts, options.uploadLimits(), throttle)
                    .start(options.host(), options.port());
            parts.startBackgroundWork();
            if (parts.cluster().shared()) {
                out.println("clearance: server " + parts.cluster().serverId() + " shares the database with any "
                        + "other servers on it (list loads and batch jobs by lease, " + parts.cluster().lease()
                        .toSeconds() + " s)");
            }
            if (options.fourEyes()) {
                out.println("clearance: four eyes: a false positive suppresses alerts once a second officer confirms it");
            }
            out.println("clearance: serving on http://" + ("0.0.0.0".equals(options.host()) ? "localhost"
                    : options.host()) + ":" + server.port() + "/ (" + db.vendor() + " " + redact(db.url()) + ")");
            return new Running(server, parts);
        } catch (RuntimeException e) {
            parts.close();
            throw e;
        }
    }

    /**
     * Fails with a one-line {@link StartupException} when the port is out of range or already taken.
     */
    static void checkPort(String host, int port) {
        if (port < 0 || port > 65535) {
            throw new StartupException("port " + port + " is out of range (0 to 65535)");
        }
        if (port == 0) {
            return;
        }
        try (java.net.ServerSocket s = new java.net.ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new java.net.InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new StartupException("port " + port + " on " + host + " is in use (or not allowed): "
                    + e.getMessage());
        }
    }

    /** True when H2 refused the database because another process holds it (by its error code, not its words). */
    private static boolean locked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException s && s.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return true;
            }
        }
        return false;
    }

    /** @return the first line of the innermost message, at most 300 characters */
    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.toString() : t.getMessage().split("\n", 2)[0];
        return m.length() <= 300 ? m : m.substring(0, 300) + "...";
    }

    /**
     * The embedded H2 file database in the data folder, if one is there; never creates one.
     *
     * @throws StartupException "no Clearance database at ..." when there is none
     */
    public static Database openExistingEmbedded(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve("clearance.mv.db");
        if (!Files.isRegularFile(file)) {
            throw new StartupException("no Clearance database at " + dataDir + " (no " + file.getFileName() + ")");
        }
        String url = "jdbc:h2:file:" + file.toString().replace('\\', '/').replaceAll("\\.mv\\.db$", "");
        requireClearanceSchema(url + ";IFEXISTS=TRUE", "sa", "", dataDir.toString());
        return Database.open(url + ";IFEXISTS=TRUE;WRITE_DELAY=0", "sa", "");
    }

    /**
     * A database named by URL, with the credentials {@code audit verify} opens it with: an H2 URL without a user is
     * opened as {@code sa} (H2 would otherwise create it for the empty user name, which nothing else uses).
     */
    public static Database openUrl(String url, String user, String password) {
        if (url.startsWith("jdbc:h2:") && user == null) {
            return Database.open(url, H2_USER, password == null ? "" : password);
        }
        return Database.open(url, user, password);
    }

    /** The user of Clearance's H2 databases when none is given. */
    private static final String H2_USER = "sa";

    /**
     * A database named by URL, if it holds a Clearance schema; never creates one (H2 URLs get IFEXISTS).
     *
     * @throws StartupException "no Clearance database at ..." when there is none, or when it cannot be opened
     */
    public static Database openExisting(String url, String user, String password) {
        boolean h2 = url.startsWith("jdbc:h2:");
        if (h2 && user == null) {
            user = H2_USER;
            password = password == null ? "" : password;
        }
        String u = url.startsWith("jdbc:h2:") && !url.toUpperCase(java.util.Locale.ROOT).contains("IFEXISTS")
                ? url + ";IFEXISTS=TRUE" : url;
        requireClearanceSchema(u, user, password, redact(url));
        return Database.open(u, user, password);
    }

    private static void requireClearanceSchema(String url, String user, String password, String shown) {
        // The settings Clearance's H2 databases are created with (their schema is "public", in lower case).
        String connect = url.startsWith("jdbc:h2:") && !url.toUpperCase(java.util.Locale.ROOT)
                .contains("DATABASE_TO_LOWER") ? url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" : url;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(connect, user, password)) {
            boolean found = false;
            for (String name : new String[] {"AUDIT_RECORD", "audit_record"}) {
                try (java.sql.ResultSet rs = c.getMetaData().getTables(null, null, name, null)) {
                    found |= rs.next();
                }
            }
            if (!found) {
                throw new StartupException("no Clearance database at " + shown + " (no audit trail in it)");
            }
        } catch (java.sql.SQLException e) {
            if (e.getErrorCode() == 90146 || e.getErrorCode() == 90079) { // not found; schema "public" not found
                throw new StartupException("no Clearance database at " + shown);
            }
            throw locked(e) ? new StartupException(StartupException.Kind.DATABASE_IN_USE, "cannot open the database "
                    + shown + ": it is in use by another process (a running server?)")
                    : new StartupException("cannot open the database " + shown + ": " + rootMessage(e));
        }
    }

    /**
     * The embedded H2 file database in the data folder, with every commit written through at once: H2's default
     * write delay would lose the last second of audit records and batch results to a {@code kill -9}.
     */
    public static Database openEmbedded(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data folder " + dataDir, e);
        }
        String file = dataDir.toAbsolutePath().normalize().resolve("clearance").toString().replace('\\', '/');
        return Database.open("jdbc:h2:file:" + file + ";WRITE_DELAY=0", "sa", "");
    }

    /**
     * Screens a few names of different kinds before listening: the first use of some matching paths (legal forms,
     * transliteration) initialises large tables, which would otherwise cost the first caller seconds.
     */
    private static void warmUp(Components parts) {
        for (String name : new String[] {"Acme Trading GmbH", "Иван Петров", "Usama bin Laden", "金正恩"}) {
            parts.lists().current().screener().screen(Query.of(name), Screener.DEFAULT_THRESHOLD, 10);
        }
    }

    private static Path writeKey(Path dataDir, String key) {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve(ADMIN_KEY_FILE);
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, key + System.lineSeparator());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the admin key to " + dataDir, e);
        }
    }

    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    /**
     * Chooses the log format; call before anything logs.
     *
     * @param name {@code plain}, {@code json}, or null for plain
     * @param err where to say that JSON came too late (logging had started)
     * @throws IllegalArgumentException naming {@code --log-format} for another value
     */
    public static void logFormat(String name, PrintStream err) {
        if (!dev.clearance.server.logging.LogFormat.select(dev.clearance.server.logging.LogFormat.parse(name))) {
            err.println("clearance: --log-format json: logging had already started; logs stay plain");
        }
    }

    /**
     * Runs a server until the process ends:
     * {@code [--host H] [--port N] [--db URL] [--data DIR] [--lists FILE] [--four-eyes true]
     * [--log-format plain|json]}.
     */
    public static void main(String[] args) {
        String logFormat = System.getenv("CLEARANCE_LOG_FORMAT");
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--log-format")) {
                logFormat = args[i + 1];
            }
        }
        logFormat(logFormat, System.err);
        String host = null;
        Integer port = null;
        String db = null;
        Path data = null;
        Path lists = null;
        boolean fourEyes = false;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--host" -> host = args[i + 1];
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--db" -> db = args[i + 1];
                case "--data" -> data = Path.of(args[i + 1]);
                case "--lists" -> lists = Path.of(args[i + 1]);
                case "--four-eyes" -> fourEyes = Boolean.parseBoolean(args[i + 1]);
                case "--log-format" -> {
                    // chosen above, before anything logged
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Running running = start(ServerOptions.resolve(host, port, db, data, lists, System.getenv()).withFourEyes(fourEyes),
                System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "clearance-shutdown"));
    }
}
