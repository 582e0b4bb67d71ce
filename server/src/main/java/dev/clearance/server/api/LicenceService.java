package dev.clearance.server.api;

import dev.clearance.application.audit.Recorder;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.Database;
import dev.clearance.records.licences.Licences;
import dev.clearance.determination.LicenceTerms;
import dev.clearance.records.audit.AuditAction;
import dev.clearance.records.licences.Drawdown;
import dev.clearance.records.licences.DuplicateLicenceException;
import dev.clearance.records.gate.GateOverride;
import dev.clearance.records.gate.GateStep;
import dev.clearance.records.licences.Licence;
import dev.clearance.records.licences.NewLicence;
import dev.clearance.records.access.Principal;
import dev.clearance.records.licences.Refusal;
import dev.clearance.records.access.Role;
import dev.clearance.records.licences.Shipment;
import dev.clearance.records.licences.ShipmentRequest;
import dev.clearance.records.licences.DeterminationLink;
import dev.clearance.server.api.response.DrawdownScreening;
import dev.clearance.server.api.response.DrawdownView;
import dev.clearance.server.api.response.RestsOn;
import dev.clearance.server.api.response.LicenceDetail;
import dev.clearance.server.api.response.LicenceList;
import dev.clearance.server.api.response.LicenceRegistered;
import dev.clearance.server.api.response.LicenceView;
import dev.clearance.server.api.response.RefusalView;
import dev.clearance.server.api.response.ShipmentView;
import dev.clearance.server.http.Access;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.Input;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Params;
import dev.clearance.server.http.Routing;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Licences the company holds: register, list (or only those expiring within N days), and draw down by recording a
 * shipment. A shipment the licence does not cover (expired, exhausted, other entry, destination or consignee) is
 * refused with 409 and every reason.
 *
 * <pre>
 * curl -s -H "X-API-Key: $KEY" -H 'Content-Type: application/json' -d '{"jurisdiction":"JP","type":"individual",
 *      "number":"JP-2024-001","holder":"Acme","entries":["3C002"],"destinations":["KR"],"quantityLimit":100,
 *      "validFrom":"2024-01-01","validTo":"2024-12-31"}' http://localhost:8080/api/licences
 * curl -s -H "X-API-Key: $KEY" "http://localhost:8080/api/licences?expiringWithinDays=30"
 * curl -s -H "X-API-Key: $KEY" -H 'Content-Type: application/json' -d '{"entryCode":"3C002","destination":"KR",
 *      "consignee":"Acme","quantity":10,"value":500,"date":"2024-03-01"}' http://localhost:8080/api/licences/1/shipments
 * </pre>
 */
public final class LicenceService {
    private final AuditTrail audit;
    private final Database database;
    private final DeterminationEngine engine;
    private final Licences licences;
    private final Recorder recorder;
    private final ScreeningGate gate;

    /**
     * @param audit the audit trail
     * @param database the records database
     * @param engine the determination engine
     * @param licences the licences held
     * @param recorder the audit recorder
     * @param gate the screening gate of filing, approval, registration and drawdown
     */
    public LicenceService(AuditTrail audit, Database database, DeterminationEngine engine, Licences licences,
            Recorder recorder, ScreeningGate gate) {
        this.audit = audit;
        this.database = database;
        this.engine = engine;
        this.licences = licences;
        this.recorder = recorder;
        this.gate = gate;
    }

    /** Registers the routes. */
    public void routing(Routing r) {
        r.post("/api/licences", Role.OFFICER, this::register);
        r.get("/api/licences", Role.VIEWER, this::list);
        r.get("/api/licences/{id}", Role.VIEWER, this::show);
        r.post("/api/licences/{id}/shipments", Role.OFFICER, this::drawDown);
    }

    private void register(Context ctx) {
        Principal who = Access.principal(ctx);
        Input in = Json.object(ctx);
        // NewLicence refuses naming the field (BadRequestException); the one licence validation (regime, type,
        // control-list entries, ISO destinations) does too
        NewLicence l = new NewLicence(in.requiredText("jurisdiction"), in.requiredText("type"),
                in.requiredText("number"), in.requiredText("holder"), in.stringSet("entries"),
                in.stringSet("destinations"), in.stringSet("consignees"), in.decimal("quantityLimit"),
                in.decimal("valueLimit"), in.text("currency"), in.requiredDate("validFrom"), in.date("validTo"));
        LicenceTerms.check(engine.regimes(), l.jurisdiction(), l.type(), l.entries(), l.destinations());
        List<ScreeningGate.GateParty> consignees = new ArrayList<>();
        int i = 0;
        for (String c : l.consignees()) {
            consignees.add(new ScreeningGate.GateParty("consignees[" + i++ + "]", c, null));
        }
        ScreeningGate.Result screening = gate.check(GateStep.REGISTER, consignees);
        List<GateOverride> overrides = gate.admit(screening, ScreeningGate.overrideIds(in));
        // the determination it rests on: named by the caller, or none (recorded and shown as none, never guessed)
        Long determination = in.id("determinationAuditSeq");
        Licence stored;
        try {
            stored = licences.register(l, determination == null ? DeterminationLink.none()
                    : DeterminationLink.given(determination), who.name());
        } catch (DuplicateLicenceException e) {
            throw ApiError.conflict("licence_exists", e.getMessage(), null);
        }
        LicenceRegistered out = new LicenceRegistered(describe(stored), screening.view(), null);
        long seq = recorder.record(who.name(), AuditAction.LICENCE_REGISTERED,
                stored.jurisdiction() + " " + stored.number(), in.node(), out, null, screening.listVersions()).seq();
        gate.record(null, "licence " + stored.id(), screening, overrides, seq);
        ctx.header("Location", "/api/licences/" + stored.id());
        Json.send(ctx, 201, out.withAuditSeq(seq));
    }

    private void list(Context ctx) {
        String days = ctx.queryParam("expiringWithinDays");
        List<Licence> found = days == null ? licences.list()
                : licences.expiringWithin(Params.integer(ctx, "expiringWithinDays", 30, 0, 36500),
                        Params.date(ctx, "asOf", LocalDate.now()));
        Json.send(ctx, 200, new LicenceList(found.stream().map(LicenceService::describe).toList()));
    }

    private void show(Context ctx) {
        Licence l = licence(ctx);
        List<ShipmentView> shipments = new ArrayList<>();
        for (Shipment s : licences.shipments(l.id())) {
            shipments.add(ShipmentView.of(s, gate.screenings("shipment " + s.id())));
        }
        // what the licence rests on: its consignees' screening at registration (or at the approval that made it),
        // and the application (with its determination and screenings) it was approved on
        Long applicationId = new dev.clearance.records.applications.Applications(database, audit)
                .forLicence(l.id()).map(dev.clearance.records.applications.Application::id).orElse(null);
        Json.send(ctx, 200, new LicenceDetail(describe(l), shipments, gate.screenings("licence " + l.id()),
                applicationId));
    }

    private void drawDown(Context ctx) {
        Principal who = Access.principal(ctx);
        Licence l = licence(ctx);
        Input in = Json.object(ctx);
        ShipmentRequest s = shipment(l.jurisdiction(), in);
        // Re-screened at every drawdown: the lists, decisions and alerts may have changed since the licence
        // was registered (listsChangedSince says whether the lists did).
        List<ScreeningGate.GateParty> parties = new ArrayList<>();
        parties.add(new ScreeningGate.GateParty("consignee", s.consignee(), in.text("consigneeKey")));
        new dev.clearance.records.applications.Applications(database, audit).forLicence(l.id())
                .ifPresent(a -> parties.add(new ScreeningGate.GateParty("endUser", a.endUser(),
                        ScreeningGate.field(a.request(), "endUserKey"))));
        ScreeningGate.Result screening = gate.check(GateStep.DRAWDOWN, parties);
        List<String> before = gate.lastListVersions("licence " + l.id());
        List<GateOverride> overrides = gate.admit(screening, ScreeningGate.overrideIds(in));
        DrawdownScreening screened = new DrawdownScreening(screening.view(),
                before == null ? null : !before.equals(screening.listVersions()));
        DrawdownView[] answer = new DrawdownView[1];
        // The shipment and its audit record commit together: no drawdown without its record, nor the reverse.
        Drawdown d = licences.drawDown(l.id(), s, who.name(), in.id("determinationAuditSeq"), (h, result) -> {
            DrawdownView out = new DrawdownView(result.accepted(), result.shipmentId(),
                    RefusalView.of(result.refusals()), result.licence() == null ? null : describe(result.licence()),
                    RestsOn.of(result.determination()), screened, null);
            long seq = recorder.record(h, who.name(), AuditAction.LICENCE_DRAWDOWN,
                    l.jurisdiction() + " " + l.number(), in.node(), out, null, screening.listVersions()).seq();
            answer[0] = out.withAuditSeq(seq);
            if (result.accepted()) {
                gate.record(h, "shipment " + result.shipmentId(), screening, overrides, seq);
            }
        });
        if (!d.accepted()) {
            throw ApiError.conflict("licence_refused", "licence " + l.number() + " does not cover this shipment: "
                    + String.join("; ", d.refusals().stream().map(Refusal::detail).toList()), answer[0]);
        }
        Json.send(ctx, 201, answer[0]);
    }

    /** @return the shipment of a request; 400 naming the field when a value is unusable */
    static ShipmentRequest shipment(String jurisdiction, Input in) {
        String entry = in.requiredText("entryCode");
        String destination = in.requiredText("destination");
        String consignee = in.requiredText("consignee");
        BigDecimal quantity = required(in, "quantity");
        BigDecimal value = required(in, "value");
        LocalDate date = in.requiredDate("date");
        try {
            return new ShipmentRequest(jurisdiction, entry, destination, consignee, quantity, value, date,
                    in.text("reference"));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("destination", e.getMessage());
        }
    }

    private static BigDecimal required(Input in, String field) {
        BigDecimal d = in.decimal(field);
        if (d == null) {
            throw ApiError.badRequest(field, "required");
        }
        return d;
    }

    private Licence licence(Context ctx) {
        long id = Params.id(ctx, "id");
        return licences.get(id).orElseThrow(() -> ApiError.notFound("no licence " + id));
    }

    /** @return the licence as the API shows it, with what remains of it */
    static LicenceView describe(Licence l) {
        return LicenceView.of(l);
    }
}
