package vn.cuocthi.deploy.load;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The setup's HTTP client for one province: connects to the base URL's address and names the province in the Host
 * header ({@code <slug>.localhost} locally; the JVM does not resolve it), optionally from a given local address.
 * Needs {@code -Djdk.httpclient.allowRestrictedHeaders=host}.
 */
final class LoadSite {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client;
    private final URI base;
    private final String host;
    private final String bearer;

    private LoadSite(HttpClient client, URI base, String host, String bearer) {
        this.client = client;
        this.base = base;
        this.host = host;
        this.bearer = bearer;
    }

    static LoadSite of(URI base, String slug, String localAddress) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (localAddress != null) {
            try {
                builder.localAddress(InetAddress.getByName(localAddress));
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException(localAddress, e);
            }
        }
        return new LoadSite(builder.build(), base, hostOf(base, slug), null);
    }

    /** The province's host as the server expects it: {@code <slug>.localhost:<port>} for a loopback base URL. */
    static String hostOf(URI base, String slug) {
        String domain = base.getHost().startsWith("127.") ? "localhost" : base.getHost();
        return slug == null ? domain + port(base) : slug + "." + domain + port(base);
    }

    private static String port(URI base) {
        return base.getPort() < 0 ? "" : ":" + base.getPort();
    }

    LoadSite bearer(String token) {
        return new LoadSite(client, base, host, token);
    }

    String host() {
        return host;
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    /** Prometheus' text exposition: the endpoint answers 406 to {@code Accept: application/json}. */
    Reply getText(String path) {
        return send("GET", path, null, "text/plain");
    }

    Reply post(String path, Object body) {
        return send("POST", path, body);
    }

    Reply put(String path, Object body) {
        return send("PUT", path, body);
    }

    Reply send(String method, String path, Object body) {
        return send(method, path, body, "application/json");
    }

    private Reply send(String method, String path, Object body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Host", host).header("Accept", accept);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + host + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(int status, String body, String retryAfter) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        Reply expect(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + ": expected " + expected + ", got " + this);
            }
            return this;
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
    }
}
