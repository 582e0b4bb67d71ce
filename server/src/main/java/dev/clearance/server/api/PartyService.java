package dev.clearance.server.api;

import dev.clearance.application.lists.ListCatalogue;
import dev.clearance.application.parties.Rescreening;
import dev.clearance.records.parties.Parties;
import dev.clearance.records.parties.PartyAlerts;
import dev.clearance.server.http.UploadLimits;
import dev.clearance.csv.CsvException;
import dev.clearance.matching.normalise.Normaliser;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.parties.NewParty;
import dev.clearance.records.PageRequest;
import dev.clearance.records.parties.PartyChange;
import dev.clearance.records.parties.PartyRecord;
import dev.clearance.records.access.Principal;
import dev.clearance.records.access.Role;
import dev.clearance.records.parties.ScreeningState;
import dev.clearance.server.api.response.PartyChanged;
import dev.clearance.server.api.response.PartyDetail;
import dev.clearance.server.api.response.PartyPage;
import dev.clearance.server.api.response.PartySaved;
import dev.clearance.server.http.Access;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.Bodies;
import dev.clearance.server.http.Input;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Params;
import dev.clearance.server.http.Routing;
import dev.clearance.server.http.UploadText;
import dev.clearance.application.parties.PartyImport;
import dev.clearance.application.parties.PartyCsv;
import dev.clearance.application.screening.Party;
import dev.clearance.server.parties.PartyJson;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The partner master: parties created, read, updated and deleted one by one, or imported from CSV; each change is
 * audited and the changed parties are screened at once against the loaded lists.
 *
 * <pre>
 * curl -s -H "X-API-Key: $KEY" -H 'Content-Type: text/csv' --data-binary @partners.csv http://localhost:8080/api/parties
 * curl -s -H "X-API-Key: $KEY" -H 'Content-Type: application/json' \
 *      -d '{"key":"C-1001","name":"Ivan Petrov","country":"RU","type":"person"}' http://localhost:8080/api/parties
 * curl -s -H "X-API-Key: $KEY" http://localhost:8080/api/parties/C-1001
 * </pre>
 */
public final class PartyService {
    private static final String CHANGED = "PARTY_CHANGED";
    private final PartyAlerts alerts;
    private final ListCatalogue lists;
    private final Parties parties;
    private final Rescreening rescreening;
    private final UploadLimits limits;

    /**
     * @param alerts the partner master's alerts
     * @param lists the loaded lists
     * @param parties the partner master
     * @param rescreening the partner master's re-screening
     * @param limits the largest upload taken, in bytes and rows
     */
    public PartyService(PartyAlerts alerts, ListCatalogue lists, Parties parties, Rescreening rescreening,
            UploadLimits limits) {
        this.alerts = alerts;
        this.lists = lists;
        this.parties = parties;
        this.rescreening = rescreening;
        this.limits = limits;
    }

    /** Registers the routes. */
    public void routing(Routing r) {
        r.get("/api/parties", Role.VIEWER, this::list);
        r.post("/api/parties", Role.OFFICER, this::create);
        r.get("/api/parties/{key}", Role.VIEWER, this::get);
        r.put("/api/parties/{key}", Role.OFFICER, this::update);
        r.delete("/api/parties/{key}", Role.OFFICER, this::delete);
    }

    private void list(Context ctx) {
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = Params.integer(ctx, "limit", 50, 1, 500);
        var page = parties.list(Params.text(ctx, "q"), new PageRequest(offset, limit, false));
        Map<String, ScreeningState> states = alerts.states(page.items().stream().map(PartyRecord::key).toList());
        List<String> labels = lists.current().labels();
        Json.send(ctx, 200, new PartyPage(page.total(), offset, page.items().stream()
                .map(p -> PartyJson.party(p, states.get(p.key()), labels)).toList()));
    }

    private void create(Context ctx) {
        Principal who = Access.principal(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("text/csv")) {
            importCsv(ctx, who);
            return;
        }
        NewParty p = read(Json.object(ctx), null);
        if (parties.get(p.key()).isPresent()) {
            throw ApiError.conflict("party_exists", "party " + p.key() + " exists: PUT /api/parties/{key} updates it",
                    null);
        }
        save(ctx, who, p, 201);
    }

    private void update(Context ctx) {
        Principal who = Access.principal(ctx);
        String key = ctx.pathParam("key");
        if (parties.get(key).isEmpty()) {
            throw ApiError.notFound("no party " + key);
        }
        save(ctx, who, read(Json.object(ctx), key), 200);
    }

    private void save(Context ctx, Principal who, NewParty p, int status) {
        List<PartyChange> changes = parties.save(List.of(p), changed -> AuditRecord.draft(who.name(),
                CHANGED, Json.write(PartyJson.data(changed.get(0).after())),
                Json.write(PartyJson.change(changed.get(0)))).withSubject(p.key()));
        PartyRecord stored = parties.get(p.key()).orElseThrow();
        boolean unchanged = changes.get(0).kind() == PartyChange.Kind.UNCHANGED;
        Rescreening.Result screened = unchanged && stored.screenedAt() != null
                && stored.screenedLists().equals(lists.current().labels().stream().sorted().toList())
                ? null : rescreening.screenParties(List.of(stored), who.name(),
                        unchanged ? "CATCH_UP" : "PARTY_CHANGE");
        Json.send(ctx, status, new PartySaved(describe(parties.get(p.key()).orElseThrow()),
                changes.get(0).kind().name(), screened == null ? null : screened.describe()));
    }

    private void get(Context ctx) {
        String key = ctx.pathParam("key");
        PartyRecord p = parties.get(key).orElseThrow(() -> ApiError.notFound("no party " + key));
        Json.send(ctx, 200, describe(p));
    }

    private void delete(Context ctx) {
        Principal who = Access.principal(ctx);
        String key = ctx.pathParam("key");
        PartyChange c = parties.delete(key, change -> AuditRecord.draft(who.name(), CHANGED,
                        Json.write(new PartyChanged.Deletion(key, true)), Json.write(PartyJson.change(change)))
                .withSubject(key)).orElseThrow(() -> ApiError.notFound("no party " + key));
        Json.send(ctx, 200, new PartyChanged(key, c.kind().name()));
    }

    private void importCsv(Context ctx, Principal who) {
        String csv = Bodies.text(ctx, limits.maxBytes());
        if (csv.isBlank()) {
            throw ApiError.badRequest("file", "empty upload: expected a CSV with header key,name[,aliases,country,type,"
                    + "dob,identifiers,owner]");
        }
        PartyImport.Report report;
        // every row's outcome, refused ones too, with the declared extra columns carried through unread
        List<String> extra = UploadText.extraColumns(ctx);
        List<String> extraColumns = PartyCsv.extraColumns(extra);
        List<Map<String, Object>> rows = new ArrayList<>();
        try {
            report = PartyImport.run(parties, "upload", new StringReader(csv), who.name(), extra,
                    o -> rows.add(o.describe(extraColumns)));
        } catch (CsvException e) {
            throw UploadText.refused(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Json.send(ctx, 200, report.describe(rows, rescreening.catchUp(who.name()).describe()));
    }

    private PartyDetail describe(PartyRecord p) {
        return new PartyDetail(PartyJson.party(p, alerts.states(List.of(p.key())).get(p.key()),
                lists.current().labels()), alerts.list(new dev.clearance.records.parties.AlertFilter(
                        null, null, p.key()), PageRequest.newest(1000)).items().stream().map(PartyJson::alert).toList());
    }

    /** Reads a party from JSON; the name, type and dob are checked as a screening request's are ({@link PartyBody#read}). */
    private static NewParty read(Input in, String pathKey) {
        String key = pathKey != null ? pathKey : in.requiredText("key");
        if (pathKey != null && in.text("key") != null && !in.text("key").equals(pathKey)) {
            throw ApiError.badRequest("key", "differs from the key in the path; a party's key cannot change");
        }
        if (key.length() > 300) {
            throw ApiError.badRequest("key", "longer than 300 characters");
        }
        Party p = PartyBody.read(in, null);
        List<String> aliases = in.strings("aliases");
        for (int i = 0; i < aliases.size(); i++) {
            if (Normaliser.normalise(aliases.get(i)).tokens().isEmpty()) {
                throw ApiError.badRequest("aliases[" + i + "]", "has no letters or digits to match on");
            }
        }
        return new NewParty(key, p.name(), aliases, p.country(), p.type() == null ? null : p.type().word(), p.dob(),
                p.identifiers(), in.text("owner"));
    }
}
