package dev.clearance.application.cluster;

import dev.clearance.records.cluster.Leases;
import dev.clearance.application.lists.LoadGuard;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * List loads one server at a time, by the lease {@value #LEASE}: a load waits for it (up to {@link #wait}), holds it
 * renewed every third of its length while it fetches, stores and tells the listeners, and lets it go noting the
 * time, from which every server's schedule counts. A server that dies while loading blocks the others only until
 * its lease lapses.
 */
public final class LeaseLoadGuard implements LoadGuard, AutoCloseable {
    /** The lease's name. */
    public static final String LEASE = "list-loads";
    private final Leases leases;
    private final ClusterSettings cluster;
    private final Duration wait;
    private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "clearance-list-lease");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param leases the shared leases
     * @param cluster this server's id and lease length
     * @param wait how long a load waits for another server's
     */
    public LeaseLoadGuard(Leases leases, ClusterSettings cluster, Duration wait) {
        this.leases = leases;
        this.cluster = cluster;
        this.wait = wait;
    }

    @Override
    public <T> T exclusively(Supplier<T> load) {
        acquire();
        long every = Math.max(100, cluster.lease().toMillis() / 3);
        ScheduledFuture<?> heartbeat = renewer.scheduleWithFixedDelay(
                () -> leases.renew(LEASE, cluster.serverId(), cluster.lease()), every, every, TimeUnit.MILLISECONDS);
        boolean done = false;
        try {
            T result = load.get();
            done = true;
            return result;
        } finally {
            heartbeat.cancel(false);
            leases.release(LEASE, cluster.serverId(), done);
        }
    }

    /**
     * Runs work that must not overlap a load on any server, if no server loads now; skips it otherwise.
     *
     * @return whether it ran
     */
    public boolean ifFree(Runnable work) {
        if (!leases.tryAcquire(LEASE, cluster.serverId(), cluster.lease())) {
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            leases.release(LEASE, cluster.serverId(), false);
        }
    }

    private void acquire() {
        Instant deadline = Instant.now().plus(wait);
        while (!leases.tryAcquire(LEASE, cluster.serverId(), cluster.lease())) {
            if (Instant.now().isAfter(deadline)) {
                throw new ListsBusyException(leases.holder(LEASE).orElse(null));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ListsBusyException(leases.holder(LEASE).orElse(null));
            }
        }
    }

    @Override
    public Optional<Instant> lastDone() {
        return leases.doneAt(LEASE);
    }

    @Override
    public void close() {
        renewer.shutdownNow();
    }
}
