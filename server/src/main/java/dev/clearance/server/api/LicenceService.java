package dev.clearance.server.api;

import dev.clearance.application.applications.DrawdownView;
import dev.clearance.application.applications.LicenceList;
import dev.clearance.application.applications.LicenceRegistered;
import dev.clearance.application.applications.LicenceView;
import dev.clearance.application.applications.LicenceWorkflow;
import dev.clearance.application.applications.RefusalView;
import dev.clearance.records.access.Principal;
import dev.clearance.records.access.Role;
import dev.clearance.records.licences.Licence;
import dev.clearance.records.licences.NewLicence;
import dev.clearance.records.licences.ShipmentRequest;
import dev.clearance.server.http.Access;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.Input;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Params;
import dev.clearance.server.http.Routing;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Licences the company holds: register, list (or only those expiring within N days), and draw down by recording a
 * shipment. A shipment the licence does not cover (expired, exhausted, other entry, destination or consignee) is
 * refused with 409 and every reason. The routes read the request and answer; the workflow is
 * {@link LicenceWorkflow}'s.
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
    private final LicenceWorkflow workflow;

    /** @param workflow the licences' workflow */
    public LicenceService(LicenceWorkflow workflow) {
        this.workflow = workflow;
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
        LicenceRegistered out = workflow.register(l, in.ids("screeningOverrides"), in.id("determinationAuditSeq"), who,
                in.node());
        ctx.header("Location", "/api/licences/" + out.licence().id());
        Json.send(ctx, 201, out);
    }

    private void list(Context ctx) {
        String days = ctx.queryParam("expiringWithinDays");
        List<Licence> found = days == null ? workflow.list()
                : workflow.expiringWithin(Params.integer(ctx, "expiringWithinDays", 30, 0, 36500),
                        Params.date(ctx, "asOf", LocalDate.now()));
        Json.send(ctx, 200, new LicenceList(found.stream().map(LicenceView::of).toList()));
    }

    private void show(Context ctx) {
        Json.send(ctx, 200, workflow.detail(licence(ctx)));
    }

    private void drawDown(Context ctx) {
        Principal who = Access.principal(ctx);
        Licence l = licence(ctx);
        Input in = Json.object(ctx);
        ShipmentRequest s = shipment(l.jurisdiction(), in);
        DrawdownView out = workflow.drawDown(l, s, in.text("consigneeKey"), in.id("determinationAuditSeq"),
                in.ids("screeningOverrides"), who, in.node());
        if (!out.accepted()) {
            throw ApiError.conflict("licence_refused", "licence " + l.number() + " does not cover this shipment: "
                    + String.join("; ", out.refusals().stream().map(RefusalView::detail).toList()), out);
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
        return workflow.get(id).orElseThrow(() -> ApiError.notFound("no licence " + id));
    }
}
