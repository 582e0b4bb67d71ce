package dev.clearance.server.logging;

import dev.clearance.server.http.RequestIds;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J provider writing one JSON object per line to standard error: {@code time}, {@code level},
 * {@code logger}, {@code thread}, {@code message}, {@code requestId} (the request the line was logged for, when on
 * a request's thread) and {@code error} with its stack trace, for a log shipper to read without parsing text.
 * Level from {@code CLEARANCE_LOG_LEVEL} ({@code error}, {@code warn}, {@code info} (default), {@code debug},
 * {@code trace}).
 */
public final class JsonLogs implements SLF4JServiceProvider {
    private final Factory factory = new Factory(level(System.getenv("CLEARANCE_LOG_LEVEL")), System.err);
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new BasicMDCAdapter();

    /** Makes the loggers. */
    public static final class Factory implements ILoggerFactory {
        private final Map<String, Logger> loggers = new ConcurrentHashMap<>();
        private final Level threshold;
        private final PrintStream out;

        Factory(Level threshold, PrintStream out) {
            this.threshold = threshold;
            this.out = out;
        }

        @Override
        public Logger getLogger(String name) {
            return loggers.computeIfAbsent(name, n -> new JsonLogger(n, threshold, out));
        }
    }

    static Level level(String name) {
        if (name == null || name.isBlank()) {
            return Level.INFO;
        }
        try {
            return Level.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Level.INFO;
        }
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // nothing to set up
    }

    /** One logger: formats a line as JSON and writes it whole. */
    static final class JsonLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;
        private final transient Level threshold;
        private final transient PrintStream out;

        JsonLogger(String name, Level threshold, PrintStream out) {
            this.name = name;
            this.threshold = threshold;
            this.out = out;
        }

        private boolean on(Level level) {
            return level.toInt() >= threshold.toInt();
        }

        @Override
        public boolean isTraceEnabled() {
            return on(Level.TRACE);
        }

        @Override
        public boolean isDebugEnabled() {
            return on(Level.DEBUG);
        }

        @Override
        public boolean isInfoEnabled() {
            return on(Level.INFO);
        }

        @Override
        public boolean isWarnEnabled() {
            return on(Level.WARN);
        }

        @Override
        public boolean isErrorEnabled() {
            return on(Level.ERROR);
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args,
                Throwable error) {
            out.println(line(Instant.now(), level, name, Thread.currentThread().getName(),
                    MessageFormatter.basicArrayFormat(pattern, args), RequestIds.current(), error));
        }
    }

    /** @return one log line as a JSON object */
    static String line(Instant time, Level level, String logger, String thread, String message, String requestId,
            Throwable error) {
        StringBuilder b = new StringBuilder(160).append('{');
        field(b, "time", time.toString()).append(',');
        field(b, "level", level.name()).append(',');
        field(b, "logger", logger).append(',');
        field(b, "thread", thread).append(',');
        field(b, "message", message == null ? "" : message);
        if (requestId != null) {
            field(b.append(','), "requestId", requestId);
        }
        if (error != null) {
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            field(b.append(','), "error", error.toString());
            field(b.append(','), "stackTrace", trace.toString());
        }
        return b.append('}').toString();
    }

    private static StringBuilder field(StringBuilder b, String name, String value) {
        return quote(quote(b, name).append(':'), value);
    }

    private static StringBuilder quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"');
    }
}
