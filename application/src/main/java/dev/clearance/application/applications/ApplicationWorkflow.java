package dev.clearance.application.applications;

import dev.clearance.application.json.JsonText;
import dev.clearance.determination.Determination;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.determination.DeterminationJson;
import dev.clearance.determination.ExportRequest;
import dev.clearance.licensing.ApplicationTerms;
import dev.clearance.records.Database;
import dev.clearance.records.access.Principal;
import dev.clearance.records.applications.Application;
import dev.clearance.records.applications.ApplicationRefusal;
import dev.clearance.records.applications.ApplicationState;
import dev.clearance.records.applications.ApplicationStats;
import dev.clearance.records.applications.ApplicationStep;
import dev.clearance.records.applications.Applications;
import dev.clearance.records.applications.Approval;
import dev.clearance.records.applications.NewApplication;
import dev.clearance.records.audit.AuditAction;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.gate.GateOverride;
import dev.clearance.records.gate.GateStep;
import dev.clearance.records.licences.Licences;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Licence applications: a requester files one from a determination along one of its licence options; officers
 * review, ask for information (the clock stops), approve (the licence is registered) or deny; the requester may
 * withdraw. Requesters see only their own applications. Filing and approval pass the screening gate; every step is
 * audited with the application as it stands after it. A step the records refuse is an {@link ApplicationRefusal}
 * (kind and field), a step the gate stops a {@link ScreeningRefusedException}.
 */
public final class ApplicationWorkflow {
    private final AuditTrail audit;
    private final DeterminationEngine engine;
    private final Licences licences;
    private final Applications applications;
    private final ScreeningGate gate;
    private final ExportRequestReader requests;

    /**
     * @param audit    the audit trail
     * @param database the records database
     * @param engine   the determination engine
     * @param licences the licences held
     * @param gate     the screening gate of filing, approval, registration and drawdown
     * @param requests the parser of a stored application's determination fields
     */
    public ApplicationWorkflow(AuditTrail audit, Database database, DeterminationEngine engine, Licences licences,
            ScreeningGate gate, ExportRequestReader requests) {
        this.audit = audit;
        this.engine = engine;
        this.licences = licences;
        this.gate = gate;
        this.requests = requests;
        this.applications = new Applications(database, audit);
    }

    /** @return today, by the applications' clock */
    public LocalDate today() {
        return applications.today();
    }

    /**
     * Files an application: determines the export, passes the gate, stores it with the determination it rests on.
     *
     * @return the application stored
     * @throws ScreeningRefusedException when the gate stops the filing
     * @throws ApplicationRefusal naming the field the records refuse
     */
    public Application file(Filing f, Principal who) {
        ExportRequest export = f.export();
        Determination d = engine.determine(export);
        ApplicationTerms terms = ApplicationTerms.of(engine.regimes(), d, export.to(), f.route())
                .filedOn(f.filedOn());
        String endUse = f.endUseDescription() != null ? f.endUseDescription()
                : export.endUse().name().toLowerCase(Locale.ROOT).replace('_', '-');
        // stored with the consignee's key, so approval screens the same parties; the determination's record too
        DeterminationFields.Stored request = new DeterminationFields.Stored(f.request(), f.consigneeKey());
        NewApplication a = new NewApplication(terms, export.item(), f.holder(), f.endUser(), endUse, f.consignee(),
                f.currency(), f.lines(), d.summary(), d.regimeVersion(), JsonText.write(request));
        ScreeningGate.Result screening = gate.check(GateStep.FILE, parties(a.endUser(), f.endUserKey(),
                a.consignee(), f.consigneeKey()));
        List<GateOverride> overrides = gate.admit(screening, f.screeningOverrides());
        FilingInputs inputs = new FilingInputs(f.body(), null, screening.view());
        // the determination the application rests on is recorded with it, and the application links to that record
        AuditRecord determined = AuditRecord.draft(who.name(), AuditAction.DETERMINATION, JsonText.write(request),
                        JsonText.write(DeterminationJson.toMap(d)))
                .withSubject(cut(export.from() + "->" + export.to() + " " + (export.item() == null ? "NONE"
                        : export.item()) + " (application filing)"))
                .withRegimeVersion(d.regimeVersion())
                .withListVersions(export.endUser() == null ? List.of() : screening.listVersions());
        Application filed = refused(() -> applications.file(a, who, determined,
                audit(who, "APPLICATION_FILED", inputs)));
        gate.record(null, "application " + filed.id(), screening, overrides, null);
        return filed;
    }

    /** The parties the gate screens for an application: its end user and, when it names one, its consignee. */
    private static List<ScreeningGate.GateParty> parties(String endUser, String endUserKey, String consignee,
            String consigneeKey) {
        List<ScreeningGate.GateParty> out = new ArrayList<>();
        out.add(new ScreeningGate.GateParty("endUser", endUser, endUserKey));
        if (consignee != null) {
            out.add(new ScreeningGate.GateParty("consignee", consignee, consigneeKey));
        }
        return out;
    }

    /** @return the applications the caller may see, in one state or all */
    public List<Application> list(Principal who, ApplicationState state) {
        return applications.list(who, state);
    }

    /** @return the officers' queue as of a day */
    public List<Application> queue(LocalDate asOf) {
        return applications.queue(asOf);
    }

    /** @return the review statistics as of a day, every state counted */
    public ApplicationStatsView stats(LocalDate asOf) {
        ApplicationStats s = applications.stats(asOf);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ApplicationState st : ApplicationState.values()) {
            counts.put(st.name(), s.counts().getOrDefault(st, 0L));
        }
        return new ApplicationStatsView(asOf, counts, s.decided(), s.medianReviewDays(), s.decidedWithDeadline(),
                s.shareWithinDeadline(), s.overdue(), "Review days are counted in each application's own day count"
                + " (calendar or working days), less the days the clock stood still.");
    }

    /** @return the application, if the caller may see it */
    public Optional<Application> get(long id, Principal who) {
        return applications.get(id, who);
    }

    /**
     * Takes a step other than approval (review, information request, resume, deny, withdraw).
     *
     * @param inputs what the step is recorded as resting on
     * @throws ApplicationRefusal when the step is not allowed now, or not to the caller
     */
    public Application step(long id, ApplicationStep step, Principal who, LocalDate on, String note, Object inputs) {
        return refused(() -> applications.step(id, step, who, on, note, audit(who, "APPLICATION_" + step.name(),
                inputs)));
    }

    /**
     * Approves an application: the route is determined again as of the decision day, the parties pass the gate
     * again, and the licence is registered.
     *
     * @throws ApplicationRefusal {@code NOT_FOUND} for an application the caller may not see, or the step's refusal
     * @throws ScreeningRefusedException when the gate stops the approval
     */
    public Application approve(long id, Principal who, ApprovalRequest r) {
        Application current = applications.get(id, who).orElseThrow(() -> new ApplicationRefusal(
                ApplicationRefusal.Kind.NOT_FOUND, null, "no application " + id));
        LocalDate day = r.on() == null ? applications.today() : r.on();
        Approval.RouteCheck check = routeCheck(current, day);
        Approval approval = new Approval(r.licenceNumber(), r.validTo(), r.quantityLimit(), r.valueLimit(),
                r.conditions(), check, r.overrideReason());
        ScreeningGate.Result screening = gate.check(GateStep.APPROVE, parties(current.endUser(),
                ScreeningGate.field(current.request(), "endUserKey"), current.consignee(),
                ScreeningGate.field(current.request(), "consigneeKey")));
        List<GateOverride> overrides = current.state() == ApplicationState.UNDER_REVIEW
                ? gate.admit(screening, r.screeningOverrides()) : List.of();
        FilingInputs inputs = new FilingInputs(r.body(), new FilingInputs.RouteCheck(check.available(),
                check.detail()), screening.view());
        Application a = refused(() -> applications.approve(id, who, day, approval,
                audit(who, "APPLICATION_APPROVE", inputs)));
        gate.record(null, "application " + id, screening, overrides, null);
        if (a.licenceId() != null) {
            gate.record(null, "licence " + a.licenceId(), screening, List.of(), null);
        }
        return a;
    }

    /** The route applied for, determined again as of the decision day. */
    private Approval.RouteCheck routeCheck(Application a, LocalDate day) {
        DeterminationFields fields = DeterminationFields.of(JsonText.tree(a.request()), day);
        Determination d = engine.determine(requests.read(fields.json()));
        boolean available = d.licenceOptions().contains(a.route());
        return new Approval.RouteCheck(available, "on " + day + " the options are " + d.licenceOptions() + " ("
                + d.summary() + ")");
    }

    private Function<Application, AuditRecord> audit(Principal who, String action, Object inputs) {
        // Inside the step's transaction: the record describes the application without reading other tables.
        return a -> AuditRecord.draft(who.name(), action, JsonText.write(inputs),
                        JsonText.write(ApplicationView.of(a, a.stateSince())))
                .withSubject("application " + a.id())
                .withRegimeVersion(a.regimeVersion());
    }

    /** The lines' own checks (a negative quantity, say) refuse naming the lines. */
    private static <T> T refused(Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            throw new ApplicationRefusal(ApplicationRefusal.Kind.BAD_INPUT, "lines", e.getMessage());
        }
    }

    /** @return the text cut to 200 characters */
    public static String cut(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    /** The application as answered, with its clock as of {@code asOf} and its licence. */
    public ApplicationView describe(Application a, LocalDate asOf) {
        LicenceView licence = a.licenceId() == null ? null
                : licences.get(a.licenceId()).map(LicenceView::of).orElse(null);
        // what the application rests on: the end user's and consignee's screening at filing and approval
        return ApplicationView.of(a, asOf).with(new ApplicationView.Grounds(licence,
                gate.screenings("application " + a.id())));
    }
}
