package dev.clearance.application.wiring;

import dev.clearance.application.audit.Recorder;
import dev.clearance.application.batch.BatchRunner;
import dev.clearance.application.cluster.ClusterSettings;
import dev.clearance.application.cluster.LeaseLoadGuard;
import dev.clearance.application.cluster.ListSync;
import dev.clearance.application.lists.ListCatalogue;
import dev.clearance.application.parties.Rescreening;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.records.access.ApiKeys;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.batch.BatchJobs;
import dev.clearance.records.Database;
import dev.clearance.records.gate.GateOverrides;
import dev.clearance.records.gate.GateScreenings;
import dev.clearance.records.decisions.HitDecisions;
import dev.clearance.records.cluster.Leases;
import dev.clearance.records.licences.Licences;
import dev.clearance.records.lists.ListArchive;
import dev.clearance.records.lists.ListVersions;
import dev.clearance.records.parties.Parties;
import dev.clearance.records.parties.PartyAlerts;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The application's parts over one database, made and joined once (a composition root, as in Helidon SE's
 * {@code Main}): whoever serves them (the HTTP server, a CLI command) hands each handler only the parts it uses.
 * Making them starts nothing: lists load on {@link ListCatalogue#reload}/{@link ListCatalogue#update}, background
 * work on {@link #startBackgroundWork()}.
 */
public final class Components implements AutoCloseable {
    private final Database database;
    private final DeterminationEngine engine = DeterminationEngine.bundled();
    private final AuditTrail audit;
    private final Recorder recorder;
    private final ApiKeys keys;
    private final Licences licences;
    private final HitDecisions decisions;
    private final ListVersions listVersions;
    private final BatchJobs jobs;
    private final ListCatalogue lists;
    private final ClusterSettings cluster;
    private final BatchRunner batch;
    private final Parties parties;
    private final PartyAlerts alerts;
    private final Rescreening rescreening;
    private final GateOverrides gateOverrides;
    private final GateScreenings gateScreenings;
    private final LeaseLoadGuard loadGuard;
    private final ListSync listSync;

    /**
     * Makes the parts over a migrated database.
     *
     * @param database the records database (closed with the parts)
     * @param options the settings
     * @param requestIds the id of the request an audit record is appended for, or null outside one
     * @throws IllegalArgumentException naming an environment variable with a bad value
     */
    public Components(Database database, ApplicationOptions options, Supplier<String> requestIds) {
        this.database = database;
        this.audit = new AuditTrail(database);
        audit.requestIds(requestIds);
        this.recorder = new Recorder(audit);
        this.keys = new ApiKeys(database);
        this.licences = new Licences(database);
        this.decisions = new HitDecisions(database, Clock.systemUTC(), options.fourEyes());
        this.listVersions = new ListVersions(database);
        this.jobs = new BatchJobs(database);
        this.lists = new ListCatalogue(options.listsFile(), listVersions, new ListArchive(database), recorder,
                Clock.systemUTC(), options.listenerRetry());
        this.cluster = ClusterSettings.of(database, options.environment());
        this.batch = new BatchRunner(jobs, lists, decisions, recorder, cluster);
        this.parties = new Parties(database, audit);
        this.alerts = new PartyAlerts(database, audit);
        this.rescreening = new Rescreening(parties, alerts, lists::current);
        lists.onChange("partner-master re-screening", rescreening::onListChange);
        this.gateOverrides = new GateOverrides(database);
        this.gateScreenings = new GateScreenings(database);
        if (cluster.shared()) {
            this.loadGuard = new LeaseLoadGuard(new Leases(database), cluster, Duration.ofMinutes(2));
            lists.guardLoads(loadGuard);
            this.listSync = new ListSync(lists, rescreening, loadGuard);
        } else {
            this.loadGuard = null;
            this.listSync = null;
        }
    }

    /**
     * Starts what runs beside the requests: interrupted batch jobs resume, parties not screened against the lists
     * in use are screened, lists are updated on their schedules, and a server sharing its database takes into use
     * the list versions the others store.
     */
    public void startBackgroundWork() {
        batch.resume();
        rescreening.startCatchUp();
        lists.startUpdates();
        if (listSync != null) {
            listSync.start(cluster);
        }
    }

    /** @return this server's place among the servers sharing its database */
    public ClusterSettings cluster() {
        return cluster;
    }

    /** @return the four-eyes overrides of the screening gate */
    public GateOverrides gateOverrides() {
        return gateOverrides;
    }

    /** @return what the screening gate screened each step's parties as */
    public GateScreenings gateScreenings() {
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

    /** Stops the background work and closes the database. */
    @Override
    public void close() {
        if (listSync != null) {
            listSync.close();
            loadGuard.close();
        }
        lists.close();
        batch.close();
        database.close();
    }
}
