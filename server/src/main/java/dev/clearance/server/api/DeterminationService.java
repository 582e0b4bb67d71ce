package dev.clearance.server.api;

import dev.clearance.application.applications.LicenceView;
import dev.clearance.application.lists.ListsRequired;
import dev.clearance.application.audit.Recorder;
import dev.clearance.application.lists.ListCatalogue;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.records.licences.Licences;
import dev.clearance.server.http.UploadLimits;
import dev.clearance.csv.CsvException;
import dev.clearance.input.BadRequestException;
import dev.clearance.determination.Determination;
import dev.clearance.determination.DeMinimis;
import dev.clearance.determination.DeterminationJson;
import dev.clearance.determination.EndUserFinding;
import dev.clearance.determination.ExportRequest;
import dev.clearance.lists.ListEntry;
import dev.clearance.matching.EndUserCheck;
import dev.clearance.orders.OrderLine;
import dev.clearance.orders.OrderReader;
import dev.clearance.regime.Regime;
import dev.clearance.request.ExportRequestForm;
import dev.clearance.request.ProductItems;
import dev.clearance.request.ProductRequest;
import dev.clearance.request.RequestFields;
import dev.clearance.records.audit.AuditAction;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.decisions.HitDecision;
import dev.clearance.records.decisions.HitDecisions;
import dev.clearance.records.licences.LicenceCoverage;
import dev.clearance.records.lists.ListVersions;
import dev.clearance.records.access.Principal;
import dev.clearance.records.access.Role;
import dev.clearance.records.licences.ShipmentRequest;
import dev.clearance.server.api.response.DeterminationAnswer;
import dev.clearance.server.api.response.OrderBookAnswer;
import dev.clearance.application.applications.RefusalView;
import dev.clearance.server.http.Access;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.Bodies;
import dev.clearance.server.http.Input;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Params;
import dev.clearance.server.http.Routing;
import dev.clearance.server.http.UploadText;
import dev.clearance.application.lists.LoadedLists;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Licence determinations: one export as JSON, or an order book as CSV. The answer follows
 * {@link DeterminationJson}, plus the end user's screening finding and which held licence covers the export.
 *
 * <pre>
 * curl -s -H "X-API-Key: $KEY" -H 'Content-Type: application/json' \
 *      -d '{"from":"JP","to":"KR","item":"3C002","date":"2019-07-10","consignee":"Acme","quantity":5,"value":1000,"currency":"USD"}' \
 *      http://localhost:8080/api/determinations
 * curl -s -H "X-API-Key: $KEY" -H 'Content-Type: text/csv' --data-binary @orders.csv \
 *      http://localhost:8080/api/determinations/batch
 * </pre>
 */
public final class DeterminationService {
    private final HitDecisions decisions;
    private final DeterminationEngine engine;
    private final Licences licences;
    private final ListCatalogue lists;
    private final Recorder recorder;
    private final UploadLimits limits;
    private final ProductItems products;

    /**
     * @param decisions officers' decisions on hits
     * @param engine the determination engine
     * @param licences the licences held
     * @param lists the loaded lists
     * @param recorder the audit recorder
     * @param limits the largest upload taken, in bytes and rows
     * @param products the product master a request may name a {@code product} of instead of an item (issue 21)
     */
    public DeterminationService(HitDecisions decisions, DeterminationEngine engine, Licences licences,
            ListCatalogue lists, Recorder recorder, UploadLimits limits, ProductItems products) {
        this.decisions = decisions;
        this.engine = engine;
        this.licences = licences;
        this.lists = lists;
        this.recorder = recorder;
        this.limits = limits;
        this.products = products;
    }

    /** Registers the routes. */
    public void routing(Routing r) {
        r.post("/api/determinations", Role.REQUESTER, this::determine);
        r.post("/api/determinations/batch", Role.REQUESTER, this::book);
    }

    private void determine(Context ctx) {
        Principal who = Access.principal(ctx);
        Input in = Json.object(ctx);
        LoadedLists lists = this.lists.current();
        ProductRequest named = request(in, lists, this.decisions, products);
        ExportRequest request = named.request();
        String code = request.item();
        String endUser = in.text("endUser");
        Regime forced = forcedRegime(in.text("regime"));
        if (forced != null && named.cited() != null) {
            throw ApiError.badRequest("regime", "regime and product do not go together (the product's approved"
                    + " classification is the one for the exporter's regime)");
        }
        if (forced != null && in.decimal("usContent") != null) {
            throw ApiError.badRequest("regime", "regime and usContent do not go together (de minimis asks which regime"
                    + " the exporter is under)");
        }
        DeMinimis.Answer answer = named.cite(forced == null ? DeMinimis.answer(engine, request,
                in.decimal("usContent")) : new DeMinimis.Answer(engine.determine(forced, request), null, null));
        Determination d = answer.own();
        boolean screened = request.endUser() != null;
        // the end user was not screened against missing lists: a "not listed" is not clear; it was screened
        // against listVersions, and listWarnings name those older than their source
        DeterminationAnswer out = new DeterminationAnswer(DeterminationJson.of(answer).withReexportSummary(answer.reexport() == null
                ? null : dev.clearance.determination.AnswerText.summary(answer.reexport(),
                dev.clearance.server.http.Language.of(ctx))),
                dev.clearance.determination.AnswerText.summary(d, dev.clearance.server.http.Language.of(ctx)),
                request.endUser(), screened ? lists.missing() : null, screened ? lists.labels() : null,
                screened ? this.lists.screeningCaveats(
                ListWarnings.in(dev.clearance.server.http.Language.of(ctx))) : null, coverage(request, d, in), null);
        // the metrics read the audited outputs by field name
        AuditRecord rec = recorder.record(who.name(), AuditAction.DETERMINATION,
                request.from() + "->" + request.to() + " " + (code == null ? "NONE" : code), in.node(),
                Json.fields(out), d.regimeVersion(), endUser == null ? List.of() : lists.labels());
        // the answer is the audited outputs and the record's number (auditSeq, the answer's last field): the text
        // stored, not the answer serialised again
        Json.sendWith(ctx, 200, rec.outputsJson(), "auditSeq", rec.seq());
    }

    /** The regime a request forces (JP, KR, US or EU), or null when the exporter's country selects it. */
    private Regime forcedRegime(String code) {
        if (code == null) {
            return null;
        }
        return engine.regimes().get(code.toUpperCase(Locale.ROOT)).orElseThrow(() -> ApiError.badRequest(
                "regime", "no regime '" + dev.clearance.text.Excerpt.message(code) + "' (known: " + String.join(", ",
                        engine.regimes().all().stream().map(Regime::jurisdiction).toList()) + ")"));
    }

    /** The export a request body describes, its end user screened against the loaded lists. */
    static ExportRequest request(Input in, LoadedLists lists, HitDecisions decisions) {
        return request(in, lists, decisions, ProductItems.NONE).request();
    }

    /** As {@link #request(Input, LoadedLists, HitDecisions)}, the item given by a named product's approved entry. */
    static ProductRequest request(Input in, LoadedLists lists, HitDecisions decisions, ProductItems products) {
        ExportRequestForm form = new ExportRequestForm(in.text("from"), in.text("to"), in.text("item"), in.text("cas"),
                in.text("hs"), in.text("date"), in.text("endUse"), Boolean.toString(in.flag("informed")),
                in.text("value"), in.text("currency"), in.text("region"));
        ProductRequest named = ProductRequest.parse(form, in.text("product"), RequestFields.JSON, "product", products);
        String endUser = in.text("endUser");
        return endUser == null ? named : named.withRequest(named.request().withEndUser(endUserFinding(lists,
                decisions, "endUser", endUser, in.text("endUserKey"))));
    }

    /**
     * The engine does not screen: the server screens the end user and hands the finding in. An officer's confirmed
     * match for the end user (by its key, or by its name) makes it listed whatever today's screening scores.
     */
    private static EndUserFinding endUserFinding(LoadedLists lists, HitDecisions decisions, String field, String name,
            String key) {
        ListsRequired.require(lists);
        EndUserFinding screened = EndUserCheck.find(lists.screener(), field, name, String.join(", ", lists.labels())
                + (lists.missing().isEmpty() ? "" : "; NOT screened against (not loaded): "
                        + String.join(", ", lists.missing()))).withUnscreened(lists.missing());
        List<HitDecision> blocks = decisions.confirmedMatches(key, name);
        if (blocks.isEmpty()) {
            return screened;
        }
        HitDecision d = blocks.get(0);
        String list = lists.entry(d.entryId()).map(ListEntry::list).orElse("(entry not in the loaded lists)");
        dev.clearance.regime.ListEffect effect = lists.entry(d.entryId()).map(ListEntry::effect).orElse(null);
        String also = screened.listed() && !screened.entryId().equals(d.entryId())
                ? "; screening also matched " + screened.entryId() + " " + screened.explanation() : "";
        // The screened hits on other lists are kept: each list's effect is read, and the strictest counts.
        List<EndUserFinding.Hit> others = screened.hits().stream().filter(h -> !h.entryId().equals(d.entryId()))
                .toList();
        return new EndUserFinding(name, true, d.entryId(), list, "confirmed match (decision " + d.id() + " by "
                + d.officer() + ", " + d.decidedAt() + "): " + d.reason() + also, lists.missing(), effect, others);
    }

    /** Which held licence covers the export, and why each other one does not. */
    private DeterminationAnswer.Coverage coverage(ExportRequest r, Determination d, Input in) {
        if (!d.licenceRequired() || r.item() == null) {
            return DeterminationAnswer.Coverage.notNeeded();
        }
        String consignee = in.text("consignee") != null ? in.text("consignee") : r.endUser() == null ? ""
                : r.endUser().name();
        BigDecimal quantity = in.decimal("quantity");
        BigDecimal value = r.value();
        ShipmentRequest shipment = new ShipmentRequest(r.from(), r.item(), r.to(), consignee,
                quantity == null ? BigDecimal.ZERO : quantity, value == null ? BigDecimal.ZERO : value, r.date(),
                null);
        List<DeterminationAnswer.LicenceCoverage> checked = new ArrayList<>();
        DeterminationAnswer.LicenceCoverage covering = null;
        for (LicenceCoverage c : licences.findCovering(shipment)) {
            DeterminationAnswer.LicenceCoverage l = new DeterminationAnswer.LicenceCoverage(
                    LicenceView.of(c.licence()), c.covers(), RefusalView.of(c.refusals()));
            checked.add(l);
            if (covering == null && c.covers()) {
                covering = l;
            }
        }
        return new DeterminationAnswer.Coverage(true, new DeterminationAnswer.Found(covering, checked));
    }

    private void book(Context ctx) {
        Principal who = Access.principal(ctx);
        Regime forced = forcedRegime(Params.text(ctx, "regime"));
        Bodies.Upload upload = Bodies.upload(ctx, limits.maxBytes());
        UploadText.limitRows(upload, "upload", OrderReader.REQUIRED, limits.maxRows());
        List<OrderBookAnswer.Row> rows = new ArrayList<>();
        List<OrderBookAnswer.Problem> problems = new ArrayList<>();
        try (OrderReader reader = OrderReader.open("upload", upload.stream(), upload.charset(),
                UploadText.extraColumns(ctx), products)) {
            reader.forEach(new OrderReader.Lines() {
                @Override
                public void line(OrderLine line) {
                    rows.add(bookLine(reader, line, forced));
                }

                @Override
                public void rejected(CsvException problem) {
                    problems.add(new OrderBookAnswer.Problem(problem.getMessage()));
                }
            });
        } catch (CsvException e) {
            throw UploadText.refused(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OrderBookAnswer out = new OrderBookAnswer(rows.size(), problems.size(), rows, problems, null);
        // the metrics read the audited outputs by field name
        AuditRecord rec = recorder.record(who.name(), AuditAction.DETERMINATION, "order book",
                new OrderBookAnswer.Upload(ListVersions.sha256(upload.bytes()), upload.bytes().length),
                Json.fields(out), regimeVersions(rows), List.of());
        Json.send(ctx, 200, out.withAuditSeq(rec.seq()));
    }

    /** An order book may span regimes: the audit record names every regime version used. */
    private static String regimeVersions(List<OrderBookAnswer.Row> rows) {
        java.util.Set<String> versions = new java.util.TreeSet<>();
        for (OrderBookAnswer.Row row : rows) {
            DeterminationJson.RegimeUsed regime = row.answer().own().regime();
            versions.add(regime.jurisdiction() + "@" + regime.version());
        }
        return versions.isEmpty() ? null : String.join(",", versions);
    }

    private OrderBookAnswer.Row bookLine(OrderReader reader, OrderLine line, Regime forced) {
        try {
            LoadedLists lists = this.lists.current();
            ExportRequest r = line.endUser() == null ? line.request()
                    : line.request().withEndUser(endUserFinding(lists, this.decisions,
                    "end_user", line.endUser(), null));
            if (forced != null && line.product() != null && line.product().cited() != null) {
                throw new BadRequestException("product", "not with the regime parameter (the product's approved"
                        + " classification is the one for the exporter's regime)");
            }
            if (forced != null && line.usContent() != null) {
                throw new BadRequestException("us_content", "not with the regime parameter (de minimis asks which"
                        + " regime the exporter is under)");
            }
            DeterminationJson.Answer answer = DeterminationJson.of(line.cite(forced != null
                    ? new DeMinimis.Answer(engine.determine(forced, r), null, null)
                    : DeMinimis.answer(engine, r, line.usContent())));
            // an end user not screened against missing lists: a "not listed" is not clear
            return new OrderBookAnswer.Row(line.id(), line.line(), answer,
                    line.endUser() != null ? lists.missing() : null);
        } catch (BadRequestException e) {
            // The de minimis rule names its input as the CLI option does; in a book it is the us_content column.
            throw reader.rejection(line, e.field().equals("us-content") ? e.renamed("us_content") : e);
        }
    }
}
