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
        Map<String, Object> out = describe(stored);
        out.put("screening", screening.toMap());
        long seq = recorder.record(who.name(), AuditAction.LICENCE_REGISTERED,
                stored.jurisdiction() + " " + stored.number(), in.node(), out, null, screening.listVersions()).seq();
        gate.record(null, "licence " + stored.id(), screening, overrides, seq);
        out.put("auditSeq", seq);
        ctx.header("Location", "/api/licences/" + stored.id());
        Json.send(ctx, 201, out);
    }

    private void list(Context ctx) {
        String days = ctx.queryParam("expiringWithinDays");
        List<Licence> found = days == null ? licences.list()
                : licences.expiringWithin(Params.integer(ctx, "expiringWithinDays", 30, 0, 36500),
                        Params.date(ctx, "asOf", LocalDate.now()));
        List<Map<String, Object>> out = new ArrayList<>();
        found.forEach(l -> out.add(describe(l)));
        Json.send(ctx, 200, Map.of("licences", out));
    }

    private void show(Context ctx) {
        Licence l = licence(ctx);
        Map<String, Object> out = describe(l);
        List<Map<String, Object>> shipments = new ArrayList<>();
        for (Shipment s : licences.shipments(l.id())) {
            Map<String, Object> sm = describe(s);
            sm.put("screenings", gate.screenings("shipment " + s.id()));
            shipments.add(sm);
        }
        out.put("shipments", shipments);
        // what the licence rests on: its consignees' screening at registration (or at the approval that made it),
        // and the application (with its determination and screenings) it was approved on
        out.put("screenings", gate.screenings("licence " + l.id()));
        out.put("applicationId", new dev.clearance.records.applications.Applications(database, audit)
                .forLicence(l.id()).map(dev.clearance.records.applications.Application::id).orElse(null));
        Json.send(ctx, 200, out);
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
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> screened = screening.toMap();
        screened.put("listsChangedSince", before == null ? null : !before.equals(screening.listVersions()));
        // The shipment and its audit record commit together: no drawdown without its record, nor the reverse.
        Drawdown d = licences.drawDown(l.id(), s, who.name(), in.id("determinationAuditSeq"),
                (h, result) -> {
            out.put("accepted", result.accepted());
            out.put("shipmentId", result.shipmentId());
            out.put("refusals", refusals(result.refusals()));
            out.put("licence", result.licence() == null ? null : describe(result.licence()));
            out.put("restsOn", restsOn(result.determination()));
            out.put("screening", screened);
            long seq = recorder.record(h, who.name(), AuditAction.LICENCE_DRAWDOWN,
                    l.jurisdiction() + " " + l.number(), in.node(), out, null, screening.listVersions()).seq();
            out.put("auditSeq", seq);
            if (result.accepted()) {
                gate.record(h, "shipment " + result.shipmentId(), screening, overrides, seq);
            }
        });
        if (!d.accepted()) {
            throw ApiError.conflict("licence_refused", "licence " + l.number() + " does not cover this shipment: "
                    + String.join("; ", d.refusals().stream().map(Refusal::detail).toList()), out);
        }
        Json.send(ctx, 201, out);
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
    static Map<String, Object> describe(Licence l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        m.put("jurisdiction", l.jurisdiction());
        m.put("type", l.type());
        m.put("number", l.number());
        m.put("holder", l.holder());
        m.put("entries", new TreeSet<>(l.entries()));
        m.put("destinations", new TreeSet<>(l.destinations()));
        m.put("consignees", new TreeSet<>(l.consignees()));
        m.put("quantityLimit", l.quantityLimit());
        m.put("quantityUsed", l.quantityUsed());
        m.put("remainingQuantity", l.remainingQuantity());
        m.put("valueLimit", l.valueLimit());
        m.put("valueUsed", l.valueUsed());
        m.put("remainingValue", l.remainingValue());
        m.put("currency", l.currency());
        m.put("validFrom", l.validFrom().toString());
        m.put("validTo", l.validTo() == null ? null : l.validTo().toString());
        m.put("registeredAt", l.registeredAt().toString());
        m.put("registeredBy", l.registeredBy());
        m.put("restsOn", restsOn(l.determination()));
        return m;
    }

    /** The determination a licence or shipment rests on, and where that came from (or that it rests on none). */
    static Map<String, Object> restsOn(DeterminationLink link) {
        if (link == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("determinationAuditSeq", link.auditSeq());
        m.put("source", link.source().name());
        m.put("note", link.note());
        return m;
    }

    static List<Map<String, Object>> refusals(List<Refusal> refusals) {
        return refusals.stream().map(r -> Map.<String, Object>of("reason", r.reason().name(), "detail",
                r.detail())).toList();
    }

    private static Map<String, Object> describe(Shipment s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("reference", s.reference());
        m.put("entryCode", s.entryCode());
        m.put("destination", s.destination());
        m.put("consignee", s.consignee());
        m.put("quantity", s.quantity());
        m.put("value", s.value());
        m.put("date", s.date().toString());
        m.put("recordedAt", s.recordedAt().toString());
        m.put("recordedBy", s.recordedBy());
        m.put("restsOn", restsOn(s.determination()));
        return m;
    }
}
