package dev.clearance.server.api;

import dev.clearance.application.audit.Recorder;
import dev.clearance.records.access.ApiKeys;
import dev.clearance.records.access.ApiKey;
import dev.clearance.records.audit.AuditAction;
import dev.clearance.records.access.CreatedKey;
import dev.clearance.records.access.Principal;
import dev.clearance.records.access.Role;
import dev.clearance.server.api.response.Caller;
import dev.clearance.server.api.response.IdInput;
import dev.clearance.server.api.response.KeyCreated;
import dev.clearance.server.api.response.KeyList;
import dev.clearance.server.api.response.KeyView;
import dev.clearance.server.http.Access;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.Input;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Routing;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * API keys: who am I, and (admin) list, create and revoke keys. A key's plaintext is returned once, at creation;
 * the server keeps only a salted hash.
 *
 * <pre>
 * curl -s -H "X-API-Key: $KEY" http://localhost:8080/api/me
 * curl -s -H "X-API-Key: $ADMIN_KEY" -H 'Content-Type: application/json' -d '{"name":"erp","role":"requester"}' \
 *      http://localhost:8080/api/keys
 * curl -s -X DELETE -H "X-API-Key: $ADMIN_KEY" http://localhost:8080/api/keys/0123456789abcdef
 * </pre>
 */
public final class KeyService {
    private final Recorder recorder;
    private final ApiKeys keys;

    /**
     * @param recorder the audit recorder
     * @param keys the API keys
     */
    public KeyService(Recorder recorder, ApiKeys keys) {
        this.recorder = recorder;
        this.keys = keys;
    }

    /** Registers the routes. */
    public void routing(Routing r) {
        r.get("/api/me", Role.VIEWER, this::me);
        r.get("/api/keys", Role.ADMIN, this::list);
        r.post("/api/keys", Role.ADMIN, this::create);
        r.delete("/api/keys/{id}", Role.ADMIN, this::revoke);
    }

    private void me(Context ctx) {
        Principal p = Access.principal(ctx);
        Json.send(ctx, 200, new Caller(p.name(), p.role().name().toLowerCase(Locale.ROOT)));
    }

    private void list(Context ctx) {
        Json.send(ctx, 200, new KeyList(keys.list().stream().map(KeyView::of).toList()));
    }

    private void create(Context ctx) {
        Principal who = Access.principal(ctx);
        Input in = Json.object(ctx);
        String name = in.requiredText("name");
        String roleText = in.requiredText("role");
        Role role;
        try {
            role = Role.valueOf(roleText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("role", "expected viewer, requester, officer or admin");
        }
        CreatedKey k = keys.create(name, role, who.name());
        KeyView out = KeyView.of(k.key());
        recorder.record(who.name(), AuditAction.KEY_CREATED, k.key().id(), in.node(), out, null,
                List.of());
        Json.send(ctx, 201, new KeyCreated(out, k.plaintext()));
    }

    private void revoke(Context ctx) {
        Principal who = Access.principal(ctx);
        String id = ctx.pathParam("id");
        ApiKey key = keys.get(id).orElseThrow(() -> ApiError.notFound("no API key " + id));
        if (!key.active()) {
            throw ApiError.conflict("already_revoked", "API key " + id + " is already revoked", null);
        }
        keys.revoke(id);
        KeyView out = KeyView.of(keys.get(id).orElseThrow());
        recorder.record(who.name(), AuditAction.KEY_REVOKED, id, new IdInput(id), out, null, List.of());
        Json.send(ctx, 200, out);
    }
}
