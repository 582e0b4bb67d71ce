package dev.clearance.server.http;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the request being answered on this thread: the caller's {@code X-Request-Id} when it is a plain token
 * (letters, digits, {@code . _ : -}, at most 64), else a new one. It is sent back in {@code X-Request-Id} and
 * stored with every audit record the request appends, so a log line, a load balancer's entry and an audit record
 * can be matched.
 */
public final class RequestIds {
    /** The header read and answered. */
    public static final String HEADER = "X-Request-Id";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestIds() {
    }

    /**
     * @param given the caller's header, or null
     * @return it when it is a plain token of at most 64 characters, else a new random id
     */
    public static String accept(String given) {
        if (given != null && TOKEN.matcher(given).matches()) {
            return given;
        }
        // an id, not a secret: no shared SecureRandom to contend on per request
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        return new UUID(r.nextLong() & ~0xF000L | 0x4000L, r.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L)
                .toString();
    }

    /** @return the request id of the request this thread answers, or null outside a request */
    public static String current() {
        return CURRENT.get();
    }

    public static void set(String id) {
        CURRENT.set(id);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
