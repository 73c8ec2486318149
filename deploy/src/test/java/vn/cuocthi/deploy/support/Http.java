package vn.cuocthi.deploy.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for tests, as a reverse proxy or a phone would call us: it connects to 127.0.0.1 and
 * names the province in the Host header (the JVM does not resolve *.localhost by itself).
 */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String address;
    private final int port;
    private final String host;
    private final List<String> headers;

    private Http(String address, int port, String host, List<String> headers) {
        this.address = address;
        this.port = port;
        this.host = host;
        this.headers = headers;
    }

    private Http(int port, String host, List<String> headers) {
        this("127.0.0.1", port, host, headers);
    }

    /** The same requests sent to (and so from) another local address than loopback: a client that is no proxy of ours. */
    public Http via(String localAddress) {
        return new Http(localAddress, port, host, headers);
    }

    /** The bare base domain: the platform. */
    public static Http platform(int port) {
        return new Http(port, "localhost", List.of());
    }

    public static Http province(int port, String slug) {
        return new Http(port, slug + ".localhost", List.of());
    }

    public static Http host(int port, String host) {
        return new Http(port, host, List.of());
    }

    /** As the national operator (a token of the platform realm). */
    public Http asOperator() {
        return bearer(TestIdentity.operatorToken());
    }

    /** As the admin of this host's province (a token of the province's realm). */
    public Http asAdmin() {
        return asStaff("province-admin");
    }

    /** As a staff member of this host's province with the given Keycloak role. */
    public Http asStaff(String role) {
        return bearer(TestIdentity.staffToken(slug(), role));
    }

    /** As a staff member of another province, presenting that province's token here. */
    public Http asStaffOf(String otherSlug, String role) {
        return bearer(TestIdentity.staffToken(otherSlug, role));
    }

    public Http bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    private String slug() {
        if (!host.endsWith(".localhost")) {
            throw new IllegalStateException(host + " is not a province host");
        }
        return host.substring(0, host.length() - ".localhost".length());
    }

    public Http header(String name, String value) {
        List<String> more = new ArrayList<>(headers);
        more.add(name);
        more.add(value);
        return new Http(address, port, host, more);
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply post(String path, Object body) {
        return send("POST", path, body);
    }

    public Reply put(String path, Object body) {
        return send("PUT", path, body);
    }

    /** A multipart/form-data POST with one file part named {@code file}, as a browser's upload form sends it. */
    public Reply upload(String path, String filename, byte[] content) {
        return upload(path, filename, content, java.util.Map.of());
    }

    /** The same with text fields before the file, as a form with a title or a format field sends them. */
    public Reply upload(String path, String filename, byte[] content, java.util.Map<String, String> fields) {
        String boundary = "----cuocthi" + System.nanoTime();
        StringBuilder parts = new StringBuilder();
        fields.forEach((name, value) -> parts.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        byte[] head = (parts + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + address + ":" + port + path))
                .timeout(Duration.ofSeconds(120))
                .header("Host", host + ":" + port)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return exchange(request, "POST", path);
    }

    /** A form post ({@code application/x-www-form-urlencoded}), as a page's form sends it. */
    public Reply form(String method, String path, java.util.Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> java.net.URLEncoder.encode(field.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
                        + java.net.URLEncoder.encode(field.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + address + ":" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Host", host + ":" + port)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        return exchange(request, method, path);
    }

    public Reply getBytes(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + address + ":" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Host", host + ":" + port);
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), "", null, response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + host + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply send(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + address + ":" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Host", host + ":" + port);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String text = body instanceof String raw ? raw : JSON.writeValueAsString(body);
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text));
        }
        return exchange(request, method, path);
    }

    private Reply exchange(HttpRequest.Builder request, String method, String path) {
        for (int i = 0; i < headers.size(); i += 2) {
            if (!headers.get(i).equalsIgnoreCase("Content-Type")) {
                request.setHeader(headers.get(i), headers.get(i + 1));
            }
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response, null);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + host + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, String body, HttpResponse<String> response, byte[] bytes) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return response == null ? null : response.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
