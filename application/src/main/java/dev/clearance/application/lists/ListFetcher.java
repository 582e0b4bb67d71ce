package dev.clearance.application.lists;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * Downloads a published list over http(s), guarded: only http and https; every address the host resolves to must
 * be public (not loopback, link-local, private, unique-local, multicast or unspecified) unless the lists file
 * allows that host by name; redirects are followed by hand (at most five) and each target checked the same way;
 * the body is capped in size and the whole exchange in time. Conditional: with the ETag and Last-Modified of the
 * version held, an unchanged list costs a 304 and no download.
 */
public final class ListFetcher {
    /** A fetch refused or failed; the message names the URL. */
    public static final class FetchException extends Exception {
        private static final long serialVersionUID = 1L;

        FetchException(String message) {
            super(message);
        }
    }

    /**
     * What a fetch gave.
     *
     * @param notModified the server answered 304: the version held is current
     * @param body the bytes (null when not modified)
     * @param etag the response's ETag, or null
     * @param lastModified the response's Last-Modified, or null
     */
    public record Fetched(boolean notModified, byte[] body, String etag, String lastModified) {
    }

    private static final int MAX_REDIRECTS = 5;
    private final Set<String> allowHosts;
    private final long maxBytes;
    private final Duration timeout;
    private final HttpClient client;

    /**
     * @param allowHosts host names (lower case) allowed to resolve to non-public addresses
     * @param maxBytes largest body accepted
     * @param timeout bound on each request, headers and body
     */
    public ListFetcher(Set<String> allowHosts, long maxBytes, Duration timeout) {
        this.allowHosts = Set.copyOf(allowHosts);
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(20)).build();
    }

    /**
     * Fetches a URL.
     *
     * @param url the list's URL
     * @param etag ETag of the version held, or null
     * @param lastModified Last-Modified of the version held, or null
     * @return the body, or not-modified
     * @throws FetchException refused (scheme, address, size) or failed (status, network, time)
     */
    public Fetched fetch(String url, String etag, String lastModified) throws FetchException {
        URI uri = check(url, url);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int hop = 0; ; hop++) {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(remaining(deadline, url)).GET()
                    .header("User-Agent", "clearance-list-update");
            if (etag != null) {
                b.header("If-None-Match", etag);
            }
            if (lastModified != null) {
                b.header("If-Modified-Since", lastModified);
            }
            HttpResponse<InputStream> r;
            try {
                r = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw new FetchException(url + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(url + ": interrupted");
            }
            int status = r.statusCode();
            if (status == 304) {
                close(r);
                return new Fetched(true, null, etag, lastModified);
            }
            if (status >= 300 && status < 400 && r.headers().firstValue("Location").isPresent()) {
                close(r);
                if (hop >= MAX_REDIRECTS) {
                    throw new FetchException(url + ": more than " + MAX_REDIRECTS + " redirects");
                }
                uri = check(url, uri.resolve(r.headers().firstValue("Location").get()).toString());
                continue;
            }
            if (status != 200) {
                close(r);
                throw new FetchException(url + ": HTTP " + status);
            }
            return new Fetched(false, read(url, r, deadline), r.headers().firstValue("ETag").orElse(null),
                    r.headers().firstValue("Last-Modified").orElse(null));
        }
    }

    /** Checks a URL (the first, or a redirect's target) before anything is sent to it. */
    URI check(String asked, String target) throws FetchException {
        URI uri;
        try {
            uri = new URI(target);
        } catch (URISyntaxException e) {
            throw new FetchException(asked + ": not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(asked + ": only http and https are fetched, not '" + scheme + "'"
                    + (asked.equals(target) ? "" : " (redirect to " + target + ")"));
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new FetchException(asked + ": no host in " + target);
        }
        String name = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|\\]$", "");
        if (allowHosts.contains(name)) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(name);
        } catch (UnknownHostException e) {
            throw new FetchException(asked + ": unknown host " + name);
        }
        for (InetAddress a : addresses) {
            if (!isPublicAddress(a)) {
                throw new FetchException(asked + ": " + name + " resolves to the non-public address "
                        + a.getHostAddress() + (asked.equals(target) ? "" : " (redirect to " + target + ")")
                        + "; allow it by name in allowHosts of the lists file if it is meant");
            }
        }
        return uri;
    }

    /** @return whether an address is a public unicast one */
    public static boolean isPublicAddress(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) != 0xfc; // fc00::/7 unique local
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return !(first == 100 && second >= 64 && second < 128) // 100.64/10 carrier-grade NAT
                && !(first == 0) && !(first >= 240);
    }

    private byte[] read(String url, HttpResponse<InputStream> r, long deadline) throws FetchException {
        long declared = r.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            close(r);
            throw new FetchException(url + ": " + declared + " bytes is over the limit of " + maxBytes);
        }
        try (InputStream in = r.body(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                out.write(buf, 0, n);
                if (out.size() > maxBytes) {
                    throw new FetchException(url + ": more than " + maxBytes + " bytes; refused");
                }
                if (System.nanoTime() > deadline) {
                    throw new FetchException(url + ": took longer than " + timeout.toSeconds() + " s; refused");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new FetchException(url + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    private Duration remaining(long deadline, String url) throws FetchException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new FetchException(url + ": took longer than " + timeout.toSeconds() + " s; refused");
        }
        return Duration.ofNanos(left);
    }

    private static void close(HttpResponse<InputStream> r) {
        try {
            r.body().close();
        } catch (IOException e) {
            // nothing to keep
        }
    }
}
