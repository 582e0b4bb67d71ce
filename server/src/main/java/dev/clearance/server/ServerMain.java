package dev.clearance.server;

import dev.clearance.matching.normalise.Query;
import dev.clearance.matching.Screener;
import dev.clearance.records.access.CreatedKey;
import dev.clearance.records.Database;
import dev.clearance.application.wiring.Components;
import dev.clearance.application.wiring.DatabaseSettings;
import dev.clearance.application.wiring.Databases;
import dev.clearance.application.wiring.StartupException;
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
    public static final String ADMIN_KEY_FILE = DatabaseSettings.ADMIN_KEY_FILE;

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
        Database db = Databases.open(options.database());
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
            dev.clearance.application.products.MasterRecheck.onStart(parts.database(), parts.audit(),
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

    /**
     * The embedded H2 file database in the data folder (created when missing), as the server opens it.
     *
     * @see Databases#openEmbedded(Path)
     */
    public static Database openEmbedded(Path dataDir) {
        return Databases.openEmbedded(dataDir);
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
        return Databases.redact(url);
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
