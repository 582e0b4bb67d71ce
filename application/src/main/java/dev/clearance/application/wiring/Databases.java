package dev.clearance.application.wiring;

import dev.clearance.records.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Opens Clearance's database for the server and the CLI's commands: the server opens (and creates) it; the commands
 * that work on the records open only one that holds a Clearance schema, never creating one. What stands in the way is
 * a one-line {@link StartupException} whose kind says what to do.
 */
public final class Databases {
    /** The user of Clearance's H2 databases when none is given. */
    private static final String H2_USER = "sa";
    /** H2's codes for a database or schema that does not exist (its words change between releases, its codes not). */
    private static final int H2_NOT_FOUND = 90146;
    private static final int H2_SCHEMA_NOT_FOUND = 90079;

    private Databases() {
    }

    /**
     * The database of the settings, created (and migrated) if it does not exist yet: the server's.
     *
     * @throws StartupException {@code DATABASE_IN_USE} when another process holds it, else naming what failed
     */
    public static Database open(DatabaseSettings settings) {
        try {
            return settings.embedded() ? openEmbedded(settings.dataDir())
                    : openUrl(settings.url(), settings.user(), settings.password());
        } catch (RuntimeException e) {
            throw locked(e) ? new StartupException(StartupException.Kind.DATABASE_IN_USE, "cannot open the database "
                    + settings.shown() + ": it is in use by another process (a running server?)"
                    + (settings.embedded() ? "; an embedded H2 database serves one server only: run several servers"
                    + " on one PostgreSQL (--db jdbc:postgresql://...)" : ""))
                    : new StartupException("cannot open the database " + settings.shown() + ": " + rootMessage(e));
        }
    }

    /**
     * The database of the settings if it holds a Clearance schema; never creates one: the commands'.
     *
     * @throws StartupException "no Clearance database at ..." when there is none, {@code DATABASE_IN_USE} when
     *     another process holds it
     */
    public static Database openExisting(DatabaseSettings settings) {
        return settings.embedded() ? openExistingEmbedded(settings.dataDir())
                : openExisting(settings.url(), settings.user(), settings.password());
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
        requireClearanceSchema(url + ";IFEXISTS=TRUE", H2_USER, "", dataDir.toString());
        return Database.open(url + ";IFEXISTS=TRUE;WRITE_DELAY=0", H2_USER, "");
    }

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
        String u = h2 && !url.toUpperCase(Locale.ROOT).contains("IFEXISTS") ? url + ";IFEXISTS=TRUE" : url;
        requireClearanceSchema(u, user, password, redact(url));
        return Database.open(u, user, password);
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
        return Database.open("jdbc:h2:file:" + file + ";WRITE_DELAY=0", H2_USER, "");
    }

    private static void requireClearanceSchema(String url, String user, String password, String shown) {
        // The settings Clearance's H2 databases are created with (their schema is "public", in lower case).
        String connect = url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT)
                .contains("DATABASE_TO_LOWER") ? url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" : url;
        try (Connection c = DriverManager.getConnection(connect, user, password)) {
            boolean found = false;
            for (String name : new String[] {"AUDIT_RECORD", "audit_record"}) {
                try (ResultSet rs = c.getMetaData().getTables(null, null, name, null)) {
                    found |= rs.next();
                }
            }
            if (!found) {
                throw new StartupException("no Clearance database at " + shown + " (no audit trail in it)");
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_NOT_FOUND || e.getErrorCode() == H2_SCHEMA_NOT_FOUND) {
                throw new StartupException("no Clearance database at " + shown);
            }
            throw locked(e) ? new StartupException(StartupException.Kind.DATABASE_IN_USE, "cannot open the database "
                    + shown + ": it is in use by another process (a running server?)")
                    : new StartupException("cannot open the database " + shown + ": " + rootMessage(e));
        }
    }

    /** True when H2 refused the database because another process holds it (by its error code, not its words). */
    private static boolean locked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
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

    /** @return the URL without its password */
    public static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }
}
