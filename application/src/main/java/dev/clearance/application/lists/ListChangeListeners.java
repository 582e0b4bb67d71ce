package dev.clearance.application.lists;

import dev.clearance.records.audit.AuditAction;
import dev.clearance.application.audit.Recorder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the catalogue's listeners of each new list version, and never lets a failure pass as done. A listener that
 * throws keeps the change (and every later one, in order) pending: the failure is audited
 * ({@link AuditAction#LIST_CHANGE_FAILED}), named by {@link #failures()} (the health check reports it), and the
 * pending changes are tried again before the next change is delivered and on a timer, until they go through (audited
 * as {@link AuditAction#LIST_CHANGE_RECOVERED}). Calls come with the catalogue's lock held, so deliveries never
 * interleave.
 */
final class ListChangeListeners implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ListChangeListeners.class);

    /**
     * A listener that failed on a change it has not taken yet.
     *
     * @param listener the listener's name
     * @param change the first change it has not taken
     * @param pending how many changes wait for it, that one included
     * @param firstFailedAt when it first failed on that change
     * @param attempts how many times it was tried
     * @param reason the last failure, in one line
     */
    record Failure(String listener, ListChange change, int pending, Instant firstFailedAt, int attempts,
            String reason) {
    }

    private static final class Listener {
        final String name;
        final Consumer<ListChange> consumer;
        final Deque<ListChange> pending = new ArrayDeque<>();
        Instant firstFailedAt;
        int attempts;
        String reason;

        Listener(String name, Consumer<ListChange> consumer) {
            this.name = name;
            this.consumer = consumer;
        }
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Recorder recorder;
    private final Clock clock;
    private final Object lock;
    private final Duration retryEvery;
    private volatile List<Failure> failures = List.of();
    private ScheduledExecutorService timer;

    /**
     * @param recorder the audit recorder
     * @param clock time source
     * @param lock held by every delivery (the catalogue, whose loads call {@link #deliver})
     * @param retryEvery how long after a failure the pending changes are tried again (and again, while they fail)
     */
    ListChangeListeners(Recorder recorder, Clock clock, Object lock, Duration retryEvery) {
        if (retryEvery.isNegative() || retryEvery.isZero()) {
            throw new IllegalArgumentException("retry interval must be positive: " + retryEvery);
        }
        this.retryEvery = retryEvery;
        this.recorder = recorder;
        this.clock = clock;
        this.lock = lock;
    }

    void add(String name, Consumer<ListChange> consumer) {
        listeners.add(new Listener(name, consumer));
    }

    /** Delivers new changes to every listener, after the changes still pending for it. Call with the lock held. */
    void deliver(List<ListChange> changes) {
        for (Listener l : listeners) {
            l.pending.addAll(changes);
            drain(l);
        }
        refresh();
    }

    /** Tries the pending changes again (the timer's task). */
    void retry() {
        synchronized (lock) {
            for (Listener l : listeners) {
                drain(l);
            }
            refresh();
        }
    }

    /** @return the listeners that have changes pending after a failure, with the failure; empty when all is done */
    List<Failure> failures() {
        return failures;
    }

    private void drain(Listener l) {
        while (!l.pending.isEmpty()) {
            ListChange c = l.pending.peek();
            try {
                l.consumer.accept(c);
            } catch (RuntimeException e) {
                l.attempts++;
                l.reason = oneLine(e);
                LOG.error("list change listener '{}' failed for {} (attempt {}); retried on the next list change and "
                        + "every {}", l.name, c.version().label(), l.attempts, retryEvery, e);
                if (l.firstFailedAt == null) {
                    l.firstFailedAt = clock.instant();
                    audit(AuditAction.LIST_CHANGE_FAILED, l, c);
                }
                startTimer();
                return;
            }
            l.pending.poll();
            if (l.firstFailedAt != null) {
                audit(AuditAction.LIST_CHANGE_RECOVERED, l, c);
                LOG.info("list change listener '{}' took {} after {} failed attempt(s)", l.name, c.version().label(),
                        l.attempts);
                l.firstFailedAt = null;
                l.attempts = 0;
                l.reason = null;
            }
        }
    }

    private void refresh() {
        List<Failure> now = new ArrayList<>();
        for (Listener l : listeners) {
            if (!l.pending.isEmpty() && l.firstFailedAt != null) {
                now.add(new Failure(l.name, l.pending.peek(), l.pending.size(), l.firstFailedAt, l.attempts,
                        l.reason));
            }
        }
        failures = List.copyOf(now);
    }

    private void audit(AuditAction action, Listener l, ListChange c) {
        Delivery in = new Delivery(l.name, c.listName(), c.previous() == null ? null : c.previous().label(),
                c.version().label());
        Object out = action == AuditAction.LIST_CHANGE_FAILED
                ? new Failed(l.attempts, l.pending.size(), l.reason, "on the next list change and every " + retryEvery)
                : new Recovered(l.attempts, l.pending.size(), l.firstFailedAt.toString());
        try {
            recorder.record("system", action, c.listName(), in, out, null, List.of(c.version().label()));
        } catch (RuntimeException e) {
            // the database may be what failed the listener; the failure stays in failures() and the log
            LOG.error("could not audit {} for listener '{}'", action, l.name, e);
        }
    }

    /** A list change delivered to a listener, as its audit record names it. */
    record Delivery(String listener, String list, String previous, String version) {
    }

    /** A listener failed on a change: how often, how much waits, why, and when it is tried again. */
    record Failed(int attempts, int pending, String reason, String retry) {
    }

    /** A listener took its pending changes after failing since {@code firstFailedAt}. */
    record Recovered(int attempts, int pending, String firstFailedAt) {
    }

    private void startTimer() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "clearance-list-change-retry");
            t.setDaemon(true);
            return t;
        });
        long every = retryEvery.toMillis();
        timer.scheduleWithFixedDelay(() -> {
            try {
                retry();
            } catch (RuntimeException e) {
                LOG.error("retrying list change listeners failed", e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
                + e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() <= 300 ? m : m.substring(0, 300) + "...";
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (timer != null) {
                timer.shutdownNow();
                timer = null;
            }
        }
    }
}
