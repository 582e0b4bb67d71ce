package dev.clearance.server.api;

import dev.clearance.records.audit.AuditFilter;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.audit.ChainStatus;
import dev.clearance.records.Page;
import dev.clearance.records.PageRequest;
import dev.clearance.records.access.Role;
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
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", page.total());
        out.put("offset", offset);
        out.put("records", page.items().stream().map(AuditService::describe).toList());
        Json.send(ctx, 200, out);
    }

    private void verify(Context ctx) {
        Json.send(ctx, 200, describe(audit.verify(), audit.head()));
    }

    /** @return the verification result as the API (and the CLI) shows it */
    public static Map<String, Object> describe(ChainStatus s, AuditTrail.ChainHead head) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", s.ok());
        m.put("recordsChecked", s.recordsChecked());
        m.put("firstBadSeq", s.firstBadSeq());
        m.put("problem", s.problem() == null ? null : s.problem().name());
        m.put("detail", s.detail());
        m.put("headSeq", head.seq());
        m.put("headHash", head.hash());
        return m;
    }

    private static Map<String, Object> describe(AuditRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", r.seq());
        m.put("time", r.time().toString());
        m.put("principal", r.principal());
        m.put("action", r.action());
        m.put("subject", r.subject());
        m.put("inputs", Json.tree(r.inputsJson()));
        m.put("outputs", Json.tree(r.outputsJson()));
        m.put("regimeVersion", r.regimeVersion());
        m.put("listVersions", r.listVersions());
        m.put("prevHash", r.prevHash());
        m.put("hash", r.hash());
        if (r.requestId() != null) {
            m.put("requestId", r.requestId());
        }
        return m;
    }

}
