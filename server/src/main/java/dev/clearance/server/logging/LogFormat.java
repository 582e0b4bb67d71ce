package dev.clearance.server.logging;

import java.util.Locale;

/**
 * Chooses the log format before anything logs. JSON lines come from {@link JsonLogs}, named as SLF4J's provider by
 * the system property {@code slf4j.provider} (so it is never found by the class path scan and plain logging stays
 * the default); the choice holds only when made before the first logger is created.
 */
public final class LogFormat {
    /** The formats, by the names {@code --log-format} takes. */
    public enum Kind {
        /** Plain text (SLF4J simple), the default. */
        PLAIN,
        /** One JSON object per line. */
        JSON
    }

    private LogFormat() {
    }

    /**
     * @param name {@code plain} or {@code json} (any case), or null for plain
     * @return the format
     * @throws IllegalArgumentException naming {@code --log-format} for another value
     */
    public static Kind parse(String name) {
        if (name == null || name.isBlank()) {
            return Kind.PLAIN;
        }
        try {
            return Kind.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--log-format: plain or json, not '"
                    + (name.length() > 20 ? name.substring(0, 20) + "..." : name) + "'");
        }
    }

    /**
     * Selects a format for this process.
     *
     * @return false when JSON was asked for but logging had already started in plain text (it stays plain)
     */
    public static boolean select(Kind kind) {
        if (kind != Kind.JSON) {
            return true;
        }
        System.setProperty("slf4j.provider", JsonLogs.class.getName());
        // SLF4J would announce the provider in a plain line of its own: only its warnings are wanted
        System.setProperty("slf4j.internal.verbosity", "WARN");
        return org.slf4j.LoggerFactory.getILoggerFactory() instanceof JsonLogs.Factory;
    }
}
