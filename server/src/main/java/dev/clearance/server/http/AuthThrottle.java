package dev.clearance.server.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down key guessing: after {@code maxFailures} failed authentications from one address within
 * {@code window}, that address is answered 429 for {@code block}, whatever key it sends. Configured by
 * {@code CLEARANCE_AUTH_MAX_FAILURES} (default 20), {@code CLEARANCE_AUTH_WINDOW_SECONDS} (default 60) and
 * {@code CLEARANCE_AUTH_BLOCK_SECONDS} (default 300). Behind a reverse proxy every caller shares the proxy's
 * address; run the proxy's own limiting there.
 *
 * <p>Servers sharing a PostgreSQL database count failures in it ({@link #sharedThrough}): the limit holds for the
 * sum of the servers, and an address blocked by one is blocked by all within {@link #SYNC_EVERY}.
 */
public final class AuthThrottle {
    private final int maxFailures;
    private final Duration window;
    private final Duration block;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> blockedUntil = new ConcurrentHashMap<>();
    /** How often a shared throttle reads the blocks other servers recorded. */
    public static final Duration SYNC_EVERY = Duration.ofSeconds(1);
    private final dev.clearance.records.access.AuthFailures shared;
    private final java.util.concurrent.atomic.AtomicReference<Instant> syncedAt =
            new java.util.concurrent.atomic.AtomicReference<>(Instant.EPOCH);

    /**
     * @param maxFailures failures allowed within the window
     * @param window how far back failures count
     * @param block how long an address is refused after too many
     * @param clock time source
     */
    public AuthThrottle(int maxFailures, Duration window, Duration block, Clock clock) {
        this(maxFailures, window, block, clock, null);
    }

    private AuthThrottle(int maxFailures, Duration window, Duration block, Clock clock,
            dev.clearance.records.access.AuthFailures shared) {
        this.shared = shared;
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.block = block;
        this.clock = clock;
    }

    /**
     * @param failures the failures counted in the database every server shares
     * @return a throttle with the same limits counting there
     */
    public AuthThrottle sharedThrough(dev.clearance.records.access.AuthFailures failures) {
        return new AuthThrottle(maxFailures, window, block, clock, java.util.Objects.requireNonNull(failures));
    }

    /**
     * @param env the environment
     * @return the throttle configured from it
     * @throws IllegalArgumentException naming the variable with a bad value
     */
    public static AuthThrottle fromEnvironment(Map<String, String> env) {
        return new AuthThrottle(number(env, "CLEARANCE_AUTH_MAX_FAILURES", 20),
                Duration.ofSeconds(number(env, "CLEARANCE_AUTH_WINDOW_SECONDS", 60)),
                Duration.ofSeconds(number(env, "CLEARANCE_AUTH_BLOCK_SECONDS", 300)), Clock.systemUTC());
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + ": a whole number of at least 1, not '" + v + "'");
    }

    /**
     * @param address the caller's address
     * @return seconds the address stays blocked, 0 when it is not
     */
    public long blockedFor(String address) {
        syncShared();
        Instant until = blockedUntil.get(address);
        if (until == null) {
            return 0;
        }
        Instant now = clock.instant();
        if (now.isBefore(until)) {
            return Math.max(1, Duration.between(now, until).toSeconds());
        }
        blockedUntil.remove(address, until);
        return 0;
    }

    /** Counts a failed authentication from an address; blocks it when there were too many. */
    public void failed(String address) {
        Instant now = clock.instant();
        if (shared != null) {
            shared.failed(address, now, maxFailures, window, block).ifPresent(until -> blockedUntil.put(address, until));
            return;
        }
        Deque<Instant> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
                times.removeFirst();
            }
            if (times.size() >= maxFailures) {
                blockedUntil.put(address, now.plus(block));
                times.clear();
            }
        }
        if (failures.size() > 100_000) {
            // Bounded memory under a spray from many addresses: forget the counts, keep the blocks.
            failures.clear();
        }
    }

    /** Reads the blocks other servers recorded, at most every {@link #SYNC_EVERY} (one query, on one thread). */
    private void syncShared() {
        if (shared == null) {
            return;
        }
        Instant now = clock.instant();
        Instant last = syncedAt.get();
        if (Duration.between(last, now).compareTo(SYNC_EVERY) < 0 || !syncedAt.compareAndSet(last, now)) {
            return;
        }
        Map<String, Instant> blocks = shared.blocked(now);
        blockedUntil.putAll(blocks);
    }
}
