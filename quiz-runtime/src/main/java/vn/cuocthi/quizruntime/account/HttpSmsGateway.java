package vn.cuocthi.quizruntime.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * An SMS provider's HTTP API, described entirely by configuration (README, "Configuration"): the URL, one auth header
 * and its value, and a body template with {@code {phone}} and {@code {text}} placeholders, escaped for the body's
 * content type (JSON strings, or form-encoded). Providers differ in everything but this shape, so no provider's SDK.
 */
final class HttpSmsGateway implements SmsGateway {

    private final RestClient client;
    private final String url;
    private final String authHeader;
    private final String authToken;
    private final String bodyTemplate;
    private final MediaType contentType;

    HttpSmsGateway(RestClient.Builder builder, String url, String authHeader, String authToken, String bodyTemplate,
                   String contentType) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(5));
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.client = builder.requestFactory(requests).build();
        this.url = url;
        this.authHeader = authHeader;
        this.authToken = authToken;
        this.bodyTemplate = bodyTemplate;
        this.contentType = MediaType.parseMediaType(contentType);
    }

    @Override
    public void send(String phone, String text) {
        RestClient.RequestBodySpec request = client.post().uri(url).contentType(contentType);
        if (authHeader != null && !authHeader.isBlank() && authToken != null && !authToken.isBlank()) {
            request = request.header(authHeader, authToken);
        }
        request.body(body(phone, text)).retrieve().toBodilessEntity(); // a 4xx or 5xx throws
    }

    String body(String phone, String text) {
        boolean json = contentType.getSubtype().contains("json");
        return bodyTemplate.replace("{phone}", json ? jsonString(phone) : form(phone))
                .replace("{text}", json ? jsonString(text) : form(text));
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The inside of a JSON string (the template supplies the quotes). */
    private static String jsonString(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
