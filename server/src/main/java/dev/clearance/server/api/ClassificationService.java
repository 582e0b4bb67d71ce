package dev.clearance.server.api;

import dev.clearance.classification.Classification;
import dev.clearance.classification.ClassificationInputException;
import dev.clearance.classification.ClassificationRequest;
import dev.clearance.classification.Classifier;
import dev.clearance.records.access.Role;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.Input;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Routing;
import io.javalin.http.Context;

/**
 * Classification of a product ({@code POST /api/classifications}): description, CAS numbers and parameters to ranked
 * control-list entries with each threshold checked (issue 21). The request is read by the one check every way in
 * uses ({@link ClassificationRequest#of}); a bad field is a 400 naming it.
 *
 * <pre>
 * curl -s -H "X-API-Key: $KEY" -H 'Content-Type: application/json' \
 *      -d '{"description": "EUV photoresist", "parameters": ["wavelength=13.5nm"]}' http://localhost:8080/api/classifications
 * </pre>
 */
public final class ClassificationService {
    /** Registers the route. */
    public void routing(Routing r) {
        r.post("/api/classifications", Role.REQUESTER, this::classify);
    }

    private void classify(Context ctx) {
        Input in = Json.object(ctx);
        ClassificationRequest req;
        try {
            req = ClassificationRequest.of(in.text("description"), in.strings("cas"), in.strings("parameters"),
                    ClassificationRequest.Fields.JSON);
        } catch (ClassificationInputException e) {
            throw ApiError.badRequest(e.field(), e.reason());
        }
        Classification c = Classifier.bundled().classify(req);
        Json.send(ctx, 200, c);
    }
}
