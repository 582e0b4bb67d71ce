package dev.clearance.application.applications;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.application.audit.Recorder;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.determination.LicenceTerms;
import dev.clearance.records.Database;
import dev.clearance.records.access.Principal;
import dev.clearance.records.applications.Application;
import dev.clearance.records.applications.Applications;
import dev.clearance.records.audit.AuditAction;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.gate.GateOverride;
import dev.clearance.records.gate.GateStep;
import dev.clearance.records.licences.DeterminationLink;
import dev.clearance.records.licences.Drawdown;
import dev.clearance.records.licences.Licence;
import dev.clearance.records.licences.Licences;
import dev.clearance.records.licences.NewLicence;
import dev.clearance.records.licences.Shipment;
import dev.clearance.records.licences.ShipmentRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Licences the company holds: registered (its consignees pass the screening gate), listed, and drawn down by a
 * shipment, which passes the gate again (the lists, decisions and alerts may have changed since). Registration and
 * each drawdown are audited; a drawdown and its record commit together.
 */
public final class LicenceWorkflow {
    private final Applications applications;
    private final DeterminationEngine engine;
    private final Licences licences;
    private final Recorder recorder;
    private final ScreeningGate gate;

    /**
     * @param audit    the audit trail
     * @param database the records database
     * @param engine   the determination engine
     * @param licences the licences held
     * @param recorder the audit recorder
     * @param gate     the screening gate of filing, approval, registration and drawdown
     */
    public LicenceWorkflow(AuditTrail audit, Database database, DeterminationEngine engine, Licences licences,
            Recorder recorder, ScreeningGate gate) {
        this.applications = new Applications(database, audit);
        this.engine = engine;
        this.licences = licences;
        this.recorder = recorder;
        this.gate = gate;
    }

    /**
     * Registers a licence after checking it against its regime and screening its consignees.
     *
     * @param body          the request as given, recorded as the registration's input
     * @param overrides     the gate overrides the request names
     * @param determination the audit record of the determination it rests on, or null for none (never guessed)
     * @return the licence registered, with its screening and audit record
     * @throws ScreeningRefusedException when the gate stops it
     * @throws dev.clearance.records.licences.DuplicateLicenceException when the number is registered already
     */
    public LicenceRegistered register(NewLicence l, List<Long> overrides, Long determination, Principal who,
            JsonNode body) {
        LicenceTerms.check(engine.regimes(), l.jurisdiction(), l.type(), l.entries(), l.destinations());
        List<ScreeningGate.GateParty> consignees = new ArrayList<>();
        int i = 0;
        for (String c : l.consignees()) {
            consignees.add(new ScreeningGate.GateParty("consignees[" + i++ + "]", c, null));
        }
        ScreeningGate.Result screening = gate.check(GateStep.REGISTER, consignees);
        List<GateOverride> used = gate.admit(screening, overrides);
        Licence stored = licences.register(l, determination == null ? DeterminationLink.none()
                : DeterminationLink.given(determination), who.name());
        LicenceRegistered out = new LicenceRegistered(LicenceView.of(stored), screening.view(), null);
        long seq = recorder.record(who.name(), AuditAction.LICENCE_REGISTERED,
                stored.jurisdiction() + " " + stored.number(), body, out, null, screening.listVersions()).seq();
        gate.record(null, "licence " + stored.id(), screening, used, seq);
        return out.withAuditSeq(seq);
    }

    /** @return every licence held */
    public List<Licence> list() {
        return licences.list();
    }

    /** @return the licences expiring within so many days of a day */
    public List<Licence> expiringWithin(int days, LocalDate asOf) {
        return licences.expiringWithin(days, asOf);
    }

    /** @return the licence, if there is one of that id */
    public Optional<Licence> get(long id) {
        return licences.get(id);
    }

    /**
     * @return the licence with its shipments and what it rests on: its consignees' screening at registration (or
     *     at the approval that made it), and the application it was approved on
     */
    public LicenceDetail detail(Licence l) {
        List<ShipmentView> shipments = new ArrayList<>();
        for (Shipment s : licences.shipments(l.id())) {
            shipments.add(ShipmentView.of(s, gate.screenings("shipment " + s.id())));
        }
        Long applicationId = applications.forLicence(l.id()).map(Application::id).orElse(null);
        return new LicenceDetail(LicenceView.of(l), shipments, gate.screenings("licence " + l.id()), applicationId);
    }

    /**
     * Draws a shipment down a licence; its consignee (and the end user of the application the licence was
     * approved on) pass the gate first.
     *
     * @param consigneeKey  the consignee's partner-master key, or null
     * @param determination the audit record of the determination the shipment rests on, or null
     * @param overrides     the gate overrides the request names
     * @param body          the request as given, recorded as the drawdown's input
     * @return the answer, {@link DrawdownView#accepted()} or not, with its audit record
     * @throws ScreeningRefusedException when the gate stops it
     */
    public DrawdownView drawDown(Licence l, ShipmentRequest s, String consigneeKey, Long determination,
            List<Long> overrides, Principal who, JsonNode body) {
        // Re-screened at every drawdown: the lists, decisions and alerts may have changed since the licence
        // was registered (listsChangedSince says whether the lists did).
        List<ScreeningGate.GateParty> parties = new ArrayList<>();
        parties.add(new ScreeningGate.GateParty("consignee", s.consignee(), consigneeKey));
        applications.forLicence(l.id()).ifPresent(a -> parties.add(new ScreeningGate.GateParty("endUser",
                a.endUser(), ScreeningGate.field(a.request(), "endUserKey"))));
        ScreeningGate.Result screening = gate.check(GateStep.DRAWDOWN, parties);
        List<String> before = gate.lastListVersions("licence " + l.id());
        List<GateOverride> used = gate.admit(screening, overrides);
        DrawdownScreening screened = new DrawdownScreening(screening.view(),
                before == null ? null : !before.equals(screening.listVersions()));
        DrawdownView[] answer = new DrawdownView[1];
        // The shipment and its audit record commit together: no drawdown without its record, nor the reverse.
        Drawdown d = licences.drawDown(l.id(), s, who.name(), determination, (h, result) -> {
            DrawdownView out = new DrawdownView(result.accepted(), result.shipmentId(),
                    RefusalView.of(result.refusals()), result.licence() == null ? null
                            : LicenceView.of(result.licence()), RestsOn.of(result.determination()), screened, null);
            long seq = recorder.record(h, who.name(), AuditAction.LICENCE_DRAWDOWN,
                    l.jurisdiction() + " " + l.number(), body, out, null, screening.listVersions()).seq();
            answer[0] = out.withAuditSeq(seq);
            if (result.accepted()) {
                gate.record(h, "shipment " + result.shipmentId(), screening, used, seq);
            }
        });
        return answer[0];
    }
}
