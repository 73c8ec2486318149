package vn.cuocthi.quizruntime.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** The HTTP SMS gateway against a real local HTTP server standing in for a provider. */
class HttpSmsGatewayTest {

    private HttpServer provider;
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicReference<String> key = new AtomicReference<>();
    private final AtomicReference<String> type = new AtomicReference<>();
    private volatile int status = 200;

    @BeforeEach
    void start() throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/sms", exchange -> {
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            key.set(exchange.getRequestHeaders().getFirst("X-Api-Key"));
            type.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        provider.start();
    }

    @AfterEach
    void stop() {
        provider.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + provider.getAddress().getPort() + "/sms";
    }

    @Test
    void aJsonTemplateGetsEscapedValuesAndTheAuthHeader() {
        new HttpSmsGateway(RestClient.builder(), url(), "X-Api-Key", "bi-mat", "{\"to\":\"{phone}\",\"text\":\"{text}\"}",
                "application/json").send("0912345678", "Mã \"123456\"\nhết hạn");
        assertThat(body.get()).isEqualTo("{\"to\":\"0912345678\",\"text\":\"Mã \\\"123456\\\"\\nhết hạn\"}");
        assertThat(key.get()).isEqualTo("bi-mat");
        assertThat(type.get()).startsWith("application/json");
    }

    @Test
    void aFormTemplateIsUrlEncoded() {
        new HttpSmsGateway(RestClient.builder(), url(), "Authorization", "", "to={phone}&msg={text}",
                "application/x-www-form-urlencoded").send("0912345678", "Ma 123456 & het");
        assertThat(body.get()).isEqualTo("to=0912345678&msg=Ma+123456+%26+het");
        assertThat(key.get()).isNull();
    }

    @Test
    void aProvidersRefusalThrows() {
        status = 401;
        HttpSmsGateway gateway = new HttpSmsGateway(RestClient.builder(), url(), "X-Api-Key", "sai", "{\"to\":\"{phone}\"}",
                "application/json");
        assertThatThrownBy(() -> gateway.send("0912345678", "x")).isInstanceOf(RuntimeException.class);
    }
}
