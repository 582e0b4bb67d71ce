package dev.clearance.server.metrics;

import dev.clearance.application.audit.Recorder;
import dev.clearance.application.batch.BatchRunner;
import dev.clearance.application.json.JsonText;
import dev.clearance.application.lists.ListCatalogue;
import dev.clearance.records.audit.AuditAction;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.batch.BatchJobs;
import dev.clearance.application.lists.ListState;
import dev.clearance.application.screening.ScreeningOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The server's meters, in one Prometheus registry. Counts come from where the work is recorded (every audited
 * screening, determination and list load passes the {@link dev.clearance.application.audit.Recorder}), gauges read the
 * state at scrape time (lists, the audit writer's queue, batch jobs), so measuring adds no work to the requests
 * beyond one timer per request. The names are listed in the server README.
 */
public final class Metrics implements AutoCloseable {
    /** Latency buckets of the request histogram (seconds): enough to see a p99 under 25 ms move. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5),
        Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
        Duration.ofSeconds(5), Duration.ofSeconds(10)};
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Map<String, Timer> requestTimers = new ConcurrentHashMap<>();
    private final Set<String> listsMetered = ConcurrentHashMap.newKeySet();
    private final ListCatalogue lists;
    private final Timer auditCommits;

    /**
     * Registers every meter and starts observing the audit trail and the recorder.
     *
     * @param batch this server's batch runner
     * @param jobs every server's batch jobs
     * @param audit the audit trail (its writer's queue and commits)
     * @param recorder what audited screenings, determinations and list loads pass
     * @param lists the loaded lists
     */
    public Metrics(BatchRunner batch, BatchJobs jobs, AuditTrail audit, Recorder recorder, ListCatalogue lists) {
        this.lists = lists;
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        for (ScreeningOutcome.Verdict v : ScreeningOutcome.Verdict.values()) {
            screenings(v.name());
            FunctionCounter.builder("clearance.batch.rows", batch, b -> b.rowsScreened(v))
                    .description("batch rows screened and committed by this server, per outcome")
                    .tag("outcome", v.name()).register(registry);
        }
        for (String o : new String[] {"licence_required", "no_licence", "prohibited"}) {
            determinations(o);
        }
        Gauge.builder("clearance.audit.queue.depth", audit, a -> a.queueDepth())
                .description("audit records waiting for the group-commit writer").register(registry);
        auditCommits = Timer.builder("clearance.audit.commit")
                .description("time to commit one group of audit records").serviceLevelObjectives(BUCKETS)
                .register(registry);
        audit.observeCommits((records, nanos) -> auditCommits.record(nanos, TimeUnit.NANOSECONDS));
        Gauge.builder("clearance.batch.job.running", batch, b -> b.runningJob() == null ? 0 : 1)
                .description("1 while this server runs a batch job").register(registry);
        for (String status : new String[] {"QUEUED", "RUNNING", "DONE", "FAILED"}) {
            Gauge.builder("clearance.batch.jobs", jobs, j -> j.countByStatus(status))
                    .description("batch jobs in the database, per status (every server's)").tag("status", status)
                    .register(registry);
        }
        Gauge.builder("clearance.batch.rows.pending", jobs, j -> j.pendingRows())
                .description("rows of queued and running batch jobs without a result yet (every server's)")
                .register(registry);
        Gauge.builder("clearance.lists.loaded", lists, l -> l.current().versions().size())
                .description("lists screened against now").register(registry);
        Gauge.builder("clearance.lists.missing", lists, l -> l.current().missing().size())
                .description("lists configured but not loaded").register(registry);
        recorder.observe(this::recorded);
    }

    /** Counts what an audit record says was done. */
    private void recorded(AuditAction action, String subject, Object outputs) {
        switch (action) {
            case SCREENING -> screenings(String.valueOf(field(outputs, "outcome"))).increment();
            case DETERMINATION -> {
                Object rows = field(outputs, "determinations");
                if (rows instanceof List<?> list) {
                    list.forEach(r -> determined(r));
                } else {
                    determined(outputs);
                }
            }
            case LIST_LOADED, LIST_LOAD_REFUSED -> Counter.builder("clearance.list.loads")
                    .description("list loads, per list and outcome (loaded: a new version; refused)")
                    .tags("list", subject == null ? "" : subject, "outcome",
                            action == AuditAction.LIST_LOADED ? "loaded" : "refused")
                    .register(registry).increment();
            default -> {
            }
        }
        Counter.builder("clearance.audit.records").description("audit records appended through the services, per "
                + "action").tag("action", action.name()).register(registry).increment();
    }

    private void determined(Object outputs) {
        if (field(outputs, "licenceRequired") == null) {
            return; // a refused order-book line: no determination
        }
        String outcome = Boolean.TRUE.equals(field(outputs, "prohibited")) ? "prohibited"
                : Boolean.TRUE.equals(field(outputs, "licenceRequired")) ? "licence_required" : "no_licence";
        determinations(outcome).increment();
    }

    /** A field of what was recorded, whether it was recorded as a map or as a record (read as JSON is). */
    private static Object field(Object outputs, String name) {
        if (outputs == null) {
            return null;
        }
        if (outputs instanceof Map<?, ?> map) {
            return map.get(name);
        }
        try {
            return JsonText.MAPPER.convertValue(outputs, Map.class).get(name);
        } catch (IllegalArgumentException e) {
            return null; // not an object: no such field
        }
    }

    private Counter screenings(String outcome) {
        return Counter.builder("clearance.screenings").description("single screenings answered, per outcome")
                .tag("outcome", outcome).register(registry);
    }

    private Counter determinations(String outcome) {
        return Counter.builder("clearance.determinations")
                .description("determinations answered (single and order-book lines), per outcome")
                .tag("outcome", outcome).register(registry);
    }

    /**
     * Times one answered request.
     *
     * @param method HTTP method
     * @param route the route template ({@code /api/screenings/batch/{id}}), never the raw path
     * @param status the answer's status
     * @param nanos how long it took
     */
    public void request(String method, String route, int status, long nanos) {
        String key = method + ' ' + route + ' ' + status;
        requestTimers.computeIfAbsent(key, k -> Timer.builder("clearance.http.requests")
                        .description("HTTP requests answered, per route template, method and status")
                        .tags(Tags.of("method", method, "route", route, "status", Integer.toString(status)))
                        .serviceLevelObjectives(BUCKETS).register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** @return every meter in the Prometheus text format (0.0.4) */
    public String scrape() {
        meterLists();
        return registry.scrape();
    }

    /** Registers the per-list gauges of lists configured since the last scrape. */
    private void meterLists() {
        for (ListState s : lists.states()) {
            String name = s.name();
            if (!listsMetered.add(name)) {
                continue;
            }
            Gauge.builder("clearance.list.version", () -> state(name) == null || state(name).version() == null ? 0
                            : state(name).version().id())
                    .description("id of the list version screened against (0: not loaded)").tag("list", name)
                    .register(registry);
            Gauge.builder("clearance.list.entries", () -> state(name) == null || state(name).version() == null
                            ? 0 : state(name).version().entryCount())
                    .description("entries of the list version screened against").tag("list", name)
                    .register(registry);
            Gauge.builder("clearance.list.age", () -> {
                ListState st = state(name);
                return st == null || st.confirmedAt() == null ? Double.NaN
                        : Duration.between(st.confirmedAt(), Instant.now()).toMillis() / 1000.0;
            }).description("seconds since the list was last confirmed from its source (NaN: never)")
                    .baseUnit("seconds").tag("list", name).register(registry);
            Gauge.builder("clearance.list.degraded", () -> state(name) == null ? 1 : state(name).degraded() ? 1 : 0)
                    .description("1 when the list is missing, its last load was refused, or it is stale")
                    .tag("list", name).register(registry);
        }
    }

    private ListState state(String name) {
        for (ListState s : lists.states()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
