package dev.clearance.server.services;

import dev.clearance.determination.DeterminationEngine;
import dev.clearance.records.access.ApiKeys;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.batch.BatchJobs;
import dev.clearance.records.Database;
import dev.clearance.records.licences.Licences;
import dev.clearance.records.lists.ListVersions;
import dev.clearance.records.decisions.HitDecisions;
import dev.clearance.records.parties.Parties;
import dev.clearance.records.parties.PartyAlerts;
import dev.clearance.server.audit.Recorder;
import dev.clearance.server.batch.BatchRunner;
import dev.clearance.server.lists.ListCatalogue;
import dev.clearance.server.parties.Rescreening;
import java.nio.file.Path;

/**
 * Everything the HTTP services adapt: the plain-Java engines, the records over one database, and the loaded lists.
 * Built once per server; tests build one over their own database.
 */
public final class Services implements AutoCloseable {
    private final Database database;
    private final DeterminationEngine engine;
    private final AuditTrail audit;
    private final Recorder recorder;
    private final ApiKeys keys;
    private final Licences licences;
    private final HitDecisions decisions;
    private final ListVersions listVersions;
    private final BatchJobs jobs;
    private final ListCatalogue lists;
    private final BatchRunner batch;
    private final long maxUploadBytes;
    private volatile dev.clearance.server.http.AuthThrottle authThrottle;
    private final Parties parties;
    private final PartyAlerts alerts;
    private final Rescreening rescreening;
    private final dev.clearance.server.cluster.ClusterSettings cluster;
    private final dev.clearance.server.cluster.LeaseLoadGuard loadGuard;
    private final dev.clearance.server.cluster.ListSync listSync;
    private final dev.clearance.records.gate.GateOverrides gateOverrides;
    private final dev.clearance.records.gate.GateScreenings gateScreenings;

    /**
     * Opens the services over a migrated database; lists are not loaded until {@link ListCatalogue#reload} is
     * called and batch jobs not resumed until {@link BatchRunner#resume()} is.
     *
     * @param database the records database (closed with the services)
     * @param listsFile the lists file (may not exist)
     * @param maxUploadBytes largest CSV upload accepted
     */
    public Services(Database database, Path listsFile, long maxUploadBytes) {
        this(database, listsFile, maxUploadBytes, false);
    }

    /**
     * Same as {@link #Services(Database, Path, long)}, choosing four eyes for false positives.
     *
     * @param fourEyes whether a false positive suppresses alerts only once a second officer confirmed it
     */
    public Services(Database database, Path listsFile, long maxUploadBytes, boolean fourEyes) {
        this.database = database;
        this.engine = DeterminationEngine.bundled();
        this.audit = new AuditTrail(database);
        audit.requestIds(dev.clearance.server.http.RequestIds::current);
        this.recorder = new Recorder(audit);
        this.keys = new ApiKeys(database);
        this.licences = new Licences(database);
        this.decisions = new HitDecisions(database, java.time.Clock.systemUTC(), fourEyes);
        this.listVersions = new ListVersions(database);
        this.jobs = new BatchJobs(database);
        this.lists = new ListCatalogue(listsFile, listVersions, new dev.clearance.records.lists.ListArchive(database),
                recorder, java.time.Clock.systemUTC());
        this.cluster = dev.clearance.server.cluster.ClusterSettings.of(database, System.getenv());
        this.batch = new BatchRunner(jobs, lists, decisions, recorder, cluster);
        this.maxUploadBytes = maxUploadBytes;
        this.authThrottle = dev.clearance.server.http.AuthThrottle.fromEnvironment(System.getenv());
        this.parties = new Parties(database, audit);
        this.alerts = new PartyAlerts(database, audit);
        this.rescreening = new Rescreening(parties, alerts, lists::current);
        lists.onChange("partner-master re-screening", rescreening::onListChange);
        this.gateOverrides = new dev.clearance.records.gate.GateOverrides(database);
        this.gateScreenings = new dev.clearance.records.gate.GateScreenings(database);
        if (cluster.shared()) {
            this.loadGuard = new dev.clearance.server.cluster.LeaseLoadGuard(
                    new dev.clearance.records.cluster.Leases(database), cluster, java.time.Duration.ofMinutes(2));
            lists.guardLoads(loadGuard);
            this.listSync = new dev.clearance.server.cluster.ListSync(lists, rescreening, loadGuard);
            this.authThrottle = authThrottle.sharedThrough(new dev.clearance.records.access.AuthFailures(database));
        } else {
            this.loadGuard = null;
            this.listSync = null;
        }
    }

    private dev.clearance.server.services.Metrics metrics;

    /** @return the server's meters (made on first use) */
    public synchronized dev.clearance.server.services.Metrics metrics() {
        if (metrics == null) {
            metrics = new dev.clearance.server.services.Metrics(this);
        }
        return metrics;
    }

    /** @return this server's place among the servers sharing its database */
    public dev.clearance.server.cluster.ClusterSettings cluster() {
        return cluster;
    }

    /**
     * Starts what a server sharing its database runs beside the others: taking into use the list versions they
     * store. Nothing for a server alone on its database.
     */
    public void startClusterSync() {
        if (listSync != null) {
            listSync.start(cluster);
        }
    }

    /** @return the four-eyes overrides of the screening gate */
    public dev.clearance.records.gate.GateOverrides gateOverrides() {
        return gateOverrides;
    }

    /** @return what the screening gate screened each step's parties as */
    public dev.clearance.records.gate.GateScreenings gateScreenings() {
        return gateScreenings;
    }

    /** @return the partner master */
    public Parties parties() {
        return parties;
    }

    /** @return the alerts on the partner master */
    public PartyAlerts alerts() {
        return alerts;
    }

    /** @return the partner master's screening on change */
    public Rescreening rescreening() {
        return rescreening;
    }

    /** @return how failed authentications are limited per address */
    public dev.clearance.server.http.AuthThrottle authThrottle() {
        return authThrottle;
    }

    /** Replaces the authentication throttle (before the server is created). */
    public void useAuthThrottle(dev.clearance.server.http.AuthThrottle throttle) {
        this.authThrottle = java.util.Objects.requireNonNull(throttle, "throttle");
    }

    /** @return the records database */
    public Database database() {
        return database;
    }

    /** @return the determination engine over the bundled regimes */
    public DeterminationEngine engine() {
        return engine;
    }

    /** @return the audit trail */
    public AuditTrail audit() {
        return audit;
    }

    /** @return the audit recorder */
    public Recorder recorder() {
        return recorder;
    }

    /** @return the API keys */
    public ApiKeys keys() {
        return keys;
    }

    /** @return the licences held */
    public Licences licences() {
        return licences;
    }

    /** @return officers' decisions on screening hits */
    public HitDecisions decisions() {
        return decisions;
    }

    /** @return the list load history */
    public ListVersions listVersions() {
        return listVersions;
    }

    /** @return the batch jobs */
    public BatchJobs jobs() {
        return jobs;
    }

    /** @return the loaded lists */
    public ListCatalogue lists() {
        return lists;
    }

    /** @return the batch job runner */
    public BatchRunner batch() {
        return batch;
    }

    /** @return largest CSV upload accepted, in bytes */
    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /** Default for {@link #maxUploadRows()}; the system property {@code clearance.maxUploadRows} overrides it. */
    public static final int DEFAULT_MAX_UPLOAD_ROWS = 100_000;
    private volatile int maxUploadRows = Integer.getInteger("clearance.maxUploadRows", DEFAULT_MAX_UPLOAD_ROWS);

    /** @return most data rows accepted in one CSV upload (batch screening, order books) */
    public int maxUploadRows() {
        return maxUploadRows;
    }

    /** Sets the most data rows accepted in one CSV upload. */
    public void maxUploadRows(int rows) {
        this.maxUploadRows = rows;
    }

    /** Stops the batch runner and closes the database. */
    @Override
    public void close() {
        if (listSync != null) {
            listSync.close();
            loadGuard.close();
        }
        lists.close();
        batch.close();
        synchronized (this) {
            if (metrics != null) {
                metrics.close();
            }
        }
        database.close();
    }
}
