package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.clearance.records.Database;
import dev.clearance.server.http.AuthThrottle;
import dev.clearance.application.lists.ListFetcher;
import dev.clearance.application.wiring.Components;
import dev.clearance.server.http.UploadLimits;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Security headers, no CORS, the failed-authentication throttle and the list URL guard. */
class SecurityBasicsTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private Components services;
    private ClearanceServer server;
    private Path dir;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (services != null) {
            services.close();
        }
        TempDirs.delete(dir);
    }

    private String start(AuthThrottle throttle) throws Exception {
        dir = Files.createTempDirectory("clearance-security");
        services = TestServer.parts(Database.open("jdbc:h2:mem:security_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"),
                TestLists.write(dir, TestLists.BASE), false);
        String key = services.keys().ensureFirstAdmin().orElseThrow().plaintext();
        services.lists().reload("system");
        server = ClearanceServer.create(services, UploadLimits.ofBytes(1024), throttle).start("127.0.0.1", 0);
        return key;
    }

    private HttpResponse<String> get(String path, String key, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (key != null) {
            b.header("X-API-Key", key);
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndNoCors() throws Exception {
        String key = start(AuthThrottle.fromEnvironment(java.util.Map.of()));
        for (String path : new String[] {"/", "/app.js", "/api/me", "/openapi.yaml", "/api/nothing-here"}) {
            HttpResponse<String> r = get(path, key, "https://evil.example");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("script-src 'self'", "frame-ancestors 'none'");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
        }
        HttpResponse<String> preflight = CLIENT.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/api/screenings"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void repeatedFailedAuthenticationIsAnswered429ForAWhile() throws Exception {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        String key = start(new AuthThrottle(3, Duration.ofSeconds(60), Duration.ofSeconds(120), clock));
        assertThat(get("/api/me", key, null).statusCode()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/me", "clr_nope_guess" + i, null).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> blocked = get("/api/me", key, null);
        assertThat(blocked.statusCode()).as("even the right key while blocked").isEqualTo(429);
        assertThat(blocked.body()).contains("too_many_failures");
        assertThat(blocked.headers().firstValue("Retry-After")).contains("120");
        now.set(now.get().plusSeconds(121));
        assertThat(get("/api/me", key, null).statusCode()).isEqualTo(200);
        // Failures spread wider than the window do not add up.
        for (int i = 0; i < 4; i++) {
            assertThat(get("/api/me", "clr_nope_guess" + i, null).statusCode()).isIn(401);
            now.set(now.get().plusSeconds(31));
        }
        assertThat(get("/api/me", key, null).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyPublicAddressesAreFetchedUnlessTheHostIsAllowedByName() throws Exception {
        for (String a : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
            "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "fe80::1", "fd00::1", "::"}) {
            assertThat(ListFetcher.isPublicAddress(InetAddress.getByName(a))).as(a).isFalse();
        }
        for (String a : new String[] {"8.8.8.8", "151.101.1.1", "2001:4860:4860::8888"}) {
            assertThat(ListFetcher.isPublicAddress(InetAddress.getByName(a))).as(a).isTrue();
        }
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] big = new byte[3 << 20];
        http.createContext("/big", ex -> {
            ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to trust
            ex.getResponseBody().write(big);
            ex.close();
        });
        http.start();
        try {
            String url = "http://127.0.0.1:" + http.getAddress().getPort() + "/big";
            assertThatThrownBy(() -> new ListFetcher(Set.of(), 1 << 20, Duration.ofSeconds(10)).fetch(url, null, null))
                    .hasMessageContaining("non-public address 127.0.0.1");
            assertThatThrownBy(() -> new ListFetcher(Set.of("127.0.0.1"), 1 << 20, Duration.ofSeconds(10))
                    .fetch(url, null, null)).hasMessageContaining("more than 1048576 bytes");
            assertThat(new ListFetcher(Set.of("127.0.0.1"), 4 << 20, Duration.ofSeconds(10)).fetch(url, null, null)
                    .body()).hasSize(big.length);
            assertThatThrownBy(() -> new ListFetcher(Set.of(), 1 << 20, Duration.ofSeconds(10))
                    .fetch("ftp://example.org/list.xml", null, null)).hasMessageContaining("only http and https");
        } finally {
            http.stop(0);
        }
    }
}
