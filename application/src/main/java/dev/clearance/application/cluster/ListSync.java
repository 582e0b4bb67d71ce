package dev.clearance.application.cluster;

import dev.clearance.application.lists.ListCatalogue;
import dev.clearance.application.parties.Rescreening;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a server's lists as the database has them when other servers load: every {@link ClusterSettings#syncEvery}
 * it takes into use the versions another server stored ({@link ListCatalogue#adoptStored()}). After taking one, it
 * catches the partner master up ({@link Rescreening#catchUp}) once no server loads: the server that stored the
 * version re-screens the partners while it holds the load lease, so this finds nothing to do unless that server died
 * before it finished; then the parties it left on the old version are screened here.
 */
public final class ListSync implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ListSync.class);
    private final ListCatalogue lists;
    private final Rescreening rescreening;
    private final LeaseLoadGuard guard;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "clearance-list-sync");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean catchUpDue;

    /**
     * @param lists this server's lists
     * @param rescreening the partner master's re-screening
     * @param guard the load lease
     */
    public ListSync(ListCatalogue lists, Rescreening rescreening, LeaseLoadGuard guard) {
        this.lists = lists;
        this.rescreening = rescreening;
        this.guard = guard;
    }

    /** Starts looking every {@code settings.syncEvery()}. */
    public void start(ClusterSettings settings) {
        long every = settings.syncEvery().toMillis();
        timer.scheduleWithFixedDelay(this::sync, every, every, TimeUnit.MILLISECONDS);
    }

    /** Looks once: adopts stored versions, then catches the partner master up when due and no server loads. */
    void sync() {
        try {
            List<String> adopted = lists.adoptStored();
            catchUpDue |= !adopted.isEmpty();
            if (catchUpDue && guard.ifFree(() -> rescreening.catchUp("system"))) {
                catchUpDue = false;
            }
        } catch (RuntimeException e) {
            LOG.warn("looking for list versions stored by other servers failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
