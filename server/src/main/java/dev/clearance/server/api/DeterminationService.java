package dev.clearance.server.api;

import dev.clearance.application.determinations.DeterminationRequest;
import dev.clearance.application.determinations.ExportDetermination;
import dev.clearance.application.determinations.OrderBookDetermination;
import dev.clearance.application.determinations.ScreenedRequest;
import dev.clearance.application.lists.LoadedLists;
import dev.clearance.csv.CsvException;
import dev.clearance.determination.DeterminationJson;
import dev.clearance.determination.ExportRequest;
import dev.clearance.orders.OrderReader;
import dev.clearance.records.access.Principal;
import dev.clearance.records.access.Role;
import dev.clearance.records.decisions.HitDecisions;
import dev.clearance.regime.Regime;
import dev.clearance.request.ExportRequestForm;
import dev.clearance.request.ProductItems;
import dev.clearance.server.http.Access;
import dev.clearance.server.http.Bodies;
import dev.clearance.server.http.Input;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Language;
import dev.clearance.server.http.Params;
import dev.clearance.server.http.Routing;
import dev.clearance.server.http.UploadLimits;
import dev.clearance.server.http.UploadText;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Licence determinations: one export as JSON ({@link ExportDetermination}), or an order book as CSV
 * ({@link OrderBookDetermination}). The answer follows {@link DeterminationJson}, plus the end user's screening
 * finding and which held licence covers the export. This class reads the request and sends the answer.
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
    private final ExportDetermination exports;
    private final OrderBookDetermination books;
    private final UploadLimits limits;

    /**
     * @param exports the determination of one export
     * @param books   the determination of an order book
     * @param limits  the largest upload taken, in bytes and rows
     */
    public DeterminationService(ExportDetermination exports, OrderBookDetermination books, UploadLimits limits) {
        this.exports = exports;
        this.books = books;
        this.limits = limits;
    }

    /** Registers the routes. */
    public void routing(Routing r) {
        r.post("/api/determinations", Role.REQUESTER, this::determine);
        r.post("/api/determinations/batch", Role.REQUESTER, this::book);
    }

    private void determine(Context ctx) {
        Principal who = Access.principal(ctx);
        Input in = Json.object(ctx);
        // A malformed usContent or quantity is refused whether or not the answer comes to read it.
        BigDecimal usContent = in.decimal("usContent");
        BigDecimal quantity = in.decimal("quantity");
        DeterminationRequest asked = new DeterminationRequest(form(in), in.text("product"), in.text("endUser"),
                in.text("endUserKey"), in.text("regime"), usContent, in.text("consignee"), quantity);
        Locale language = Language.of(ctx);
        ExportDetermination.Recorded r = exports.recorded(asked, who, in.node(), language, ListWarnings.in(language));
        // the answer is the audited outputs and the record's number (auditSeq, the answer's last field): the text
        // stored, not the answer serialised again
        Json.sendWith(ctx, 200, r.record().outputsJson(), "auditSeq", r.record().seq());
    }

    /** The export's fields of a request body, as given. */
    private static ExportRequestForm form(Input in) {
        return new ExportRequestForm(in.text("from"), in.text("to"), in.text("item"), in.text("cas"),
                in.text("hs"), in.text("date"), in.text("endUse"), Boolean.toString(in.flag("informed")),
                in.text("value"), in.text("currency"), in.text("region"), in.text("headquarters"));
    }

    /** The export a request body describes, its end user screened against the loaded lists. */
    static ExportRequest request(Input in, LoadedLists lists, HitDecisions decisions) {
        return ScreenedRequest.of(form(in), in.text("product"), in.text("endUser"), in.text("endUserKey"), lists,
                decisions, ProductItems.NONE).request();
    }

    private void book(Context ctx) {
        Principal who = Access.principal(ctx);
        Regime forced = books.forcedRegime(Params.text(ctx, "regime"));
        Bodies.Upload upload = Bodies.upload(ctx, limits.maxBytes());
        UploadText.limitRows(upload, "upload", OrderReader.REQUIRED, limits.maxRows());
        try {
            Json.send(ctx, 200, books.determine(upload.bytes(), upload.charset(), UploadText.extraColumns(ctx),
                    forced, who));
        } catch (CsvException e) {
            throw UploadText.refused(e);
        }
    }
}
