package dev.clearance.server.api;

import dev.clearance.records.audit.AuditFilter;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.audit.ChainStatus;
import dev.clearance.records.Page;
import dev.clearance.records.PageRequest;
import dev.clearance.records.access.Role;
import dev.clearance.server.api.response.AuditPage;
import dev.clearance.server.api.response.AuditRecordView;
import dev.clearance.server.api.response.ChainCheck;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Params;
import dev.clearance.server.http.Routing;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trail, newest first and filterable, and a walk of the whole hash chain that names the first record
 * that was edited, removed or reordered. Verify answers 200 either way; read {@code ok}.
 *
 * <pre>
 * curl -s -H "X-API-Key: $KEY" "http://localhost:8080/api/audit?action=SCREENING&amp;limit=20"
 * curl -s -H "X-API-Key: $KEY" http://localhost:8080/api/audit/verify
 * </pre>
 */
public final class AuditService {
    private final AuditTrail audit;

    /**
     * @param audit the audit trail
     */
    public AuditService(AuditTrail audit) {
        this.audit = audit;
    }

    /** Registers the routes. */
    public void routing(Routing r) {
        r.get("/api/audit", Role.VIEWER, this::list);
        r.get("/api/audit/verify", Role.VIEWER, this::verify);
    }

    private void list(Context ctx) {
        AuditFilter filter = new AuditFilter(Params.text(ctx, "principal"), Params.text(ctx, "action"),
                Params.text(ctx, "subject"), null, null);
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = Params.integer(ctx, "limit", 50, 1, 1000);
        boolean oldestFirst = "asc".equals(Params.choice(ctx, "order", "desc", List.of("asc", "desc")));
        Page<AuditRecord> page = audit.list(filter, new PageRequest(offset, limit, !oldestFirst));
        Json.send(ctx, 200, new AuditPage(page.total(), offset, page.items().stream().map(AuditService::describe)
                .toList()));
    }

    private void verify(Context ctx) {
        Json.send(ctx, 200, describe(audit.verify(), audit.head()));
    }

    /** @return the verification result as the API (and the CLI) shows it */
    public static ChainCheck describe(ChainStatus s, AuditTrail.ChainHead head) {
        return ChainCheck.of(s, head);
    }

    private static AuditRecordView describe(AuditRecord r) {
        return new AuditRecordView(r.seq(), r.time(), r.principal(), r.action(), r.subject(),
                Json.tree(r.inputsJson()), Json.tree(r.outputsJson()), r.regimeVersion(), r.listVersions(),
                r.prevHash(), r.hash(), r.requestId());
    }

}
