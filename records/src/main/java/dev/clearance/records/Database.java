package dev.clearance.records;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * A pooled connection to the records database, migrated to the current schema when opened.
 *
 * <p>Supports an embedded H2 file database (run in PostgreSQL compatibility mode) and PostgreSQL. Both run the
 * migrations in {@code db/migration/common}; vendor-only parts (the audit guard triggers) live in
 * {@code db/migration/postgresql} and {@code db/migration/h2}.
 */
public final class Database implements AutoCloseable {

    /** The database product behind a {@link Database}. */
    public enum Vendor {
        /** Embedded H2 (file or memory), in PostgreSQL compatibility mode. */
        H2,
        /** PostgreSQL server. */
        POSTGRESQL
    }

    /** Settings appended to H2 URLs that do not set them already. */
    static final String[] H2_SETTINGS = {
        "MODE=PostgreSQL", "DATABASE_TO_LOWER=TRUE", "DEFAULT_NULL_ORDERING=HIGH", "LOCK_TIMEOUT=20000"
    };

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Vendor vendor;
    private final String url;

    private Database(HikariDataSource dataSource, Vendor vendor, String url) {
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.url = url;
        this.jdbi = Jdbi.create(dataSource);
    }

    /**
     * Opens the default embedded database: an H2 file database {@code clearance} inside {@code dataDir}, which is
     * created if missing.
     *
     * @param dataDir folder holding the database files
     * @return the opened and migrated database
     */
    public static Database openDefault(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data folder " + dataDir, e);
        }
        String file = dataDir.toAbsolutePath().normalize().resolve("clearance").toString().replace('\\', '/');
        return open("jdbc:h2:file:" + file, "sa", "");
    }

    /**
     * Opens a database from a JDBC URL without credentials (or with credentials inside the URL).
     *
     * @param jdbcUrl {@code jdbc:h2:...} or {@code jdbc:postgresql://...}
     * @return the opened and migrated database
     */
    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, null, null);
    }

    /**
     * Opens a database from a JDBC URL and credentials, runs pending Flyway migrations and returns it.
     *
     * @param jdbcUrl {@code jdbc:h2:...} or {@code jdbc:postgresql://...}
     * @param user user name, or {@code null}
     * @param password password, or {@code null}
     * @return the opened and migrated database
     * @throws IllegalArgumentException if the URL names another database product
     */
    public static Database open(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Vendor vendor = vendorOf(jdbcUrl);
        String url = vendor == Vendor.H2 ? withH2Settings(jdbcUrl) : jdbcUrl;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setPoolName("clearance-records");
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(1);
        config.setDriverClassName(vendor == Vendor.H2 ? "org.h2.Driver" : "org.postgresql.Driver");
        HikariDataSource ds = new HikariDataSource(config);
        try {
            migrate(ds, vendor);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Database(ds, vendor, url);
    }

    private static void migrate(DataSource ds, Vendor vendor) {
        String vendorLocation = vendor == Vendor.H2 ? "h2" : "postgresql";
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendorLocation)
                .load()
                .migrate();
    }

    static Vendor vendorOf(String jdbcUrl) {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return Vendor.H2;
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return Vendor.POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported JDBC URL (need jdbc:h2: or jdbc:postgresql:): " + jdbcUrl);
    }

    static String withH2Settings(String jdbcUrl) {
        StringBuilder url = new StringBuilder(jdbcUrl);
        String upper = jdbcUrl.toUpperCase(Locale.ROOT);
        for (String setting : H2_SETTINGS) {
            String key = setting.substring(0, setting.indexOf('=') + 1);
            if (!upper.contains(";" + key)) {
                url.append(';').append(setting);
            }
        }
        return url.toString();
    }

    /** @return the JDBI handle factory over the pool */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** @return the connection pool */
    public DataSource dataSource() {
        return dataSource;
    }

    /** @return which database product this is */
    public Vendor vendor() {
        return vendor;
    }

    /** @return the JDBC URL in use (for H2 including the compatibility settings) */
    public String url() {
        return url;
    }

    /** Closes the connection pool. */
    @Override
    public void close() {
        dataSource.close();
    }
}
