package dev.clearance.server.products;

import dev.clearance.application.products.MasterRecheck;
import dev.clearance.application.products.ProductClassifier;
import dev.clearance.application.products.ProductCsv;
import dev.clearance.application.products.ProductForm;
import dev.clearance.application.products.ProductImport;
import dev.clearance.application.products.ProductReview;
import dev.clearance.application.products.ReviewRow;
import dev.clearance.classification.ClassificationInputException;
import dev.clearance.classification.ClassificationRequest;
import dev.clearance.csv.CsvException;
import dev.clearance.csv.CsvTable;
import dev.clearance.csv.CsvWriter;
import dev.clearance.records.access.Principal;
import dev.clearance.records.access.Role;
import dev.clearance.records.product.Product;
import dev.clearance.records.product.ProductDraft;
import dev.clearance.records.product.ProductMaster;
import dev.clearance.records.product.ProductRefusedException;
import dev.clearance.records.product.Proposal;
import dev.clearance.records.product.ProposalSource;
import dev.clearance.records.product.RegimeClassification;
import dev.clearance.regime.Regime;
import dev.clearance.regime.Regimes;
import dev.clearance.server.http.Access;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.Bodies;
import dev.clearance.server.http.Input;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Params;
import dev.clearance.server.http.Routing;
import dev.clearance.server.http.UploadText;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The product master's routes (issue 21). Products are saved by requesters and classified at once (the classifier's
 * proposals per regime); officers propose classifications and approve them, never their own (four eyes); the whole
 * master is imported and exported as CSV and re-checked when the control list or a regime's data changes.
 *
 * <pre>
 * curl -s -H "X-API-Key: $KEY" -H 'Content-Type: application/json' \
 *      -d '{"key":"P-100","description":"fluorinated polyimide film","parameters":["fluorine=12%wt"]}' \
 *      http://localhost:8080/api/products
 * curl -s -H "X-API-Key: $OTHER_OFFICER" -H 'Content-Type: application/json' -d '{"reason":"sheet checked"}' \
 *      http://localhost:8080/api/products/P-100/classifications/1/approve
 * </pre>
 */
public final class ProductService {
    private final ProductMaster master;
    private final MasterRecheck recheck;
    private final ProductImport importer;
    private final Regimes regimes;
    private final long maxUploadBytes;

    /**
     * @param master         the stored product master
     * @param classifier     the classifier and the regimes it proposes for
     * @param regimes        the regimes a classification may be for
     * @param maxUploadBytes the largest CSV an import takes
     */
    public ProductService(ProductMaster master, ProductClassifier classifier, Regimes regimes, long maxUploadBytes) {
        this.master = master;
        this.recheck = new MasterRecheck(master, classifier);
        this.importer = new ProductImport(master, regimes, recheck);
        this.regimes = regimes;
        this.maxUploadBytes = maxUploadBytes;
    }

    /** Registers the routes. */
    public void routing(Routing r) {
        r.get("/api/products", Role.VIEWER, this::list);
        r.post("/api/products", Role.REQUESTER, this::save);
        r.get("/api/products/{key}", Role.VIEWER, this::get);
        r.post("/api/products/{key}/classify", Role.REQUESTER, this::classify);
        r.get("/api/products/{key}/record", Role.VIEWER, this::printable);
        r.post("/api/products/{key}/classifications", Role.OFFICER, this::propose);
        r.post("/api/products/{key}/classifications/{id}/approve", Role.OFFICER, this::approve);
        r.get("/api/product-master/csv", Role.VIEWER, this::export);
        r.post("/api/product-master/csv", Role.OFFICER, this::importCsv);
        r.post("/api/product-master/recheck", Role.OFFICER, this::recheck);
    }

    private void list(Context ctx) {
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = Params.integer(ctx, "limit", 50, 1, 500);
        var page = master.list(offset, limit);
        Json.send(ctx, 200, new ProductViews.Page(page.total(), offset, page.items().stream()
                .map(p -> ProductViews.Summary.of(p, master.classifications(p.key()))).toList()));
    }

    private void save(Context ctx) {
        Principal who = Access.principal(ctx);
        Input in = Json.object(ctx);
        ProductDraft draft;
        try {
            draft = ProductForm.read(in.requiredText("key"), in.text("description"), in.strings("cas"),
                    in.strings("parameters"), ClassificationRequest.Fields.JSON);
        } catch (ClassificationInputException e) {
            throw ApiError.badRequest(e.field(), e.reason());
        }
        ProductMaster.SaveResult saved = refusing(() -> master.save(draft, who.name()));
        List<ReviewRow> proposed = saved.saved() == ProductMaster.Saved.UNCHANGED ? List.of()
                : recheck.check(saved.product(), who.name());
        Json.send(ctx, saved.saved() == ProductMaster.Saved.CREATED ? 201 : 200,
                new ProductViews.Saved(saved.saved(), record(saved.product()), proposed));
    }

    private void get(Context ctx) {
        Json.send(ctx, 200, record(product(ctx)));
    }

    private void classify(Context ctx) {
        Principal who = Access.principal(ctx);
        Product p = product(ctx);
        ProductClassifier.Run run = recheck.classifier().classify(p);
        Json.send(ctx, 200, new ProductViews.Classified(run.classification(), recheck.apply(p, run, who.name())));
    }

    /** The printable classification record (該非判定書) of the approved classification for a regime in force today. */
    private void printable(Context ctx) {
        Product p = product(ctx);
        String regime = Params.choice(ctx, "regime", "JP", regimes.all().stream().map(Regime::jurisdiction).toList());
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        RegimeClassification c = master.inForce(p.key(), regime, today).orElse(null);
        ProductClassifier.Run run = recheck.classifier().classify(p);
        String html = dev.clearance.classification.ClassificationRecordPage.html(p.key() + " (" + p.description() + ")",
                regime, run.classification(), c == null ? "" : c.proposedBy() + " (" + c.source().kind() + ")",
                c == null ? "" : c.approvedBy() + ", " + c.approvedAt() + ": " + c.approveReason(), today, c == null
                        ? null : new dev.clearance.classification.ClassificationRecordPage.Approved(c.entry(), c.reason(),
                        c.inForceFrom()));
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    private void propose(Context ctx) {
        Principal who = Access.principal(ctx);
        Product p = product(ctx);
        Input in = Json.object(ctx);
        String code = in.requiredText("regime").toUpperCase(java.util.Locale.ROOT);
        Regime regime = regimes.get(code).orElseThrow(() -> ApiError.badRequest("regime", "no regime "
                + dev.clearance.text.Excerpt.quote(code) + " (known: " + String.join(", ", regimes.all().stream()
                .map(Regime::jurisdiction).toList()) + ")"));
        String entry = ProductImport.entry(in.requiredText("entry"), regime).orElseThrow(() -> ApiError.badRequest(
                "entry", "not a control-list code like 3C002.a.2, nor NONE" + (regime.rules().unlisted() == null ? ""
                        : " or " + regime.rules().unlisted())));
        RegimeClassification c = refusing(() -> master.propose(new Proposal(p.key(), regime.jurisdiction(), entry,
                in.requiredText("reason"), ProposalSource.officer()), who.name()));
        Json.send(ctx, 201, c);
    }

    private void approve(Context ctx) {
        Principal who = Access.principal(ctx);
        Product p = product(ctx);
        long id = Params.id(ctx, "id");
        Input in = Json.object(ctx);
        RegimeClassification c = master.classification(id).filter(x -> x.productKey().equals(p.key()))
                .orElseThrow(() -> ApiError.notFound("no classification " + id + " of product " + p.key()));
        Json.send(ctx, 200, refusing(() -> master.approve(c.id(), who.name(), in.requiredText("reason"),
                in.date("inForceFrom"))));
    }

    private void export(Context ctx) {
        StringWriter text = new StringWriter();
        try {
            CsvWriter w = ProductCsv.writer(text);
            for (String key : master.keys()) {
                Product p = master.get(key).orElseThrow();
                List<RegimeClassification> all = master.classifications(key);
                ProductCsv.write(w, p, all, ProductReview.reasons(p, all));
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.contentType("text/csv; charset=utf-8").result(text.toString());
    }

    private void importCsv(Context ctx) {
        Principal who = Access.principal(ctx);
        Bodies.Upload upload = Bodies.upload(ctx, maxUploadBytes);
        if (upload.isBlank()) {
            throw ApiError.badRequest("file", "empty upload: expected a CSV with header " + String.join(",",
                    ProductCsv.REQUIRED) + "[," + String.join(",", ProductCsv.PROPOSAL) + "]");
        }
        try (CsvTable table = ProductCsv.open("upload", upload.stream(), upload.charset(),
                UploadText.extraColumns(ctx))) {
            Json.send(ctx, 200, importer.run(table, who.name()));
        } catch (CsvException e) {
            throw UploadText.refused(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void recheck(Context ctx) {
        Json.send(ctx, 200, recheck.run(Access.principal(ctx).name()));
    }

    private Product product(Context ctx) {
        String key = ctx.pathParam("key");
        return master.get(key).orElseThrow(() -> ApiError.notFound("no product " + dev.clearance.text.Excerpt.quote(key)));
    }

    private ProductViews.Record record(Product p) {
        List<RegimeClassification> all = master.classifications(p.key());
        return new ProductViews.Record(ProductViews.Summary.of(p, all), master.history(p.key()), all);
    }

    /** A refusal of the store as the API answers it: 409 for four eyes and states, 400 naming a bad field. */
    private static <T> T refusing(java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (ProductRefusedException e) {
            throw switch (e.reason()) {
                case NOT_FOUND -> ApiError.notFound(e.getMessage());
                case INVALID -> ApiError.badRequest(e.field(), e.getMessage());
                case SAME_OFFICER -> ApiError.conflict("four_eyes", e.getMessage(), null);
                case NOT_PROPOSED -> ApiError.conflict("not_proposed", e.getMessage(), null);
                case BEFORE_IN_FORCE -> ApiError.conflict("before_in_force", e.getMessage(), null);
                case CREATED_CONCURRENTLY -> new ApiError(409, "product_exists", e.getMessage(), e.field(), null);
            };
        }
    }
}
