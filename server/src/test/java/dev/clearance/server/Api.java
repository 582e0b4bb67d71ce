package dev.clearance.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A tiny HTTP client for tests: JSON in, status and JSON tree out; every response checked against openapi.yaml. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String base;
    final String key;

    Api(String base, String key) {
        this.base = base;
        this.key = key;
    }

    Api as(String otherKey) {
        return new Api(base, otherKey);
    }

    record Reply(int status, JsonNode json, String text) {
        JsonNode get(String field) {
            return json.path(field);
        }
    }

    Reply get(String path) {
        return send("GET", path, null, null);
    }

    Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    Reply post(String path, Object body) {
        try {
            return send("POST", path, body instanceof String s ? s : JSON.writeValueAsString(body), "application/json");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Reply postCsv(String path, String csv) {
        return send("POST", path, csv, "text/csv");
    }

    Reply send(String method, String path, String body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (key != null) {
            b.header("X-API-Key", key);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            Contract.check(method, path, r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
            JsonNode json;
            try {
                json = JSON.readTree(r.body());
            } catch (IOException e) {
                json = JSON.getNodeFactory().missingNode();
            }
            return new Reply(r.statusCode(), json == null ? JSON.getNodeFactory().missingNode() : json, r.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
