package vn.cuocthi.deploy.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;
import vn.cuocthi.tenantadmin.onboarding.TenantOnboarding;

/**
 * Log lines name the province they were written for and the request they were written in, in the JSON the
 * production nodes write (CUOCTHI_LOG_FORMAT=ecs: Boot's structured encoder, applied here to the captured events
 * so the shared test context keeps its plain logs). Two provinces: each line names its own, and a line written
 * after the province's work names none.
 */
@IntegrationTest
class StructuredLogsTest {

    private static final Logger ONBOARDING = (Logger) LoggerFactory.getLogger(TenantOnboarding.class);
    private static final Logger HERE = (Logger) LoggerFactory.getLogger(StructuredLogsTest.class);

    @LocalServerPort
    int port;

    @Autowired
    TenantRegistry registry;

    /** Takes each event's MDC on the thread that logged it (events read it lazily otherwise). */
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing();
            super.append(event);
        }
    };

    @BeforeEach
    void capture() {
        captured.start();
        ONBOARDING.addAppender(captured);
        HERE.addAppender(captured);
    }

    @AfterEach
    void release() {
        ONBOARDING.detachAppender(captured);
        HERE.detachAppender(captured);
    }

    @Test
    void logLinesNameTheirProvinceAndTheirRequest() {
        String first = Provinces.uniqueSlug("nhatky");
        Http.Reply onboarded = Http.platform(port).asOperator().header("X-Request-Id", "request-id-of-the-onboarding")
                .post("/api/v1/platform/tenants", Map.of("slug", first, "name", "Tỉnh Nhật Ký"));
        assertThat(onboarded.status()).as(onboarded.toString()).isEqualTo(201);
        assertThat(onboarded.header("X-Request-Id")).isEqualTo("request-id-of-the-onboarding");
        String second = Provinces.onboard(port, "nhatky", "Tỉnh Nhật Ký Hai");

        JsonNode onboarding = lines("Province " + first).getFirst();
        assertThat(onboarding.get("requestId").asString()).isEqualTo("request-id-of-the-onboarding");
        assertThat(onboarding.at("/log/level").asString()).isEqualTo("INFO");

        for (String slug : List.of(first, second)) {
            TenantContext.run(registry.find(slug).orElseThrow(), () -> HERE.info("Working for {}", slug));
        }
        HERE.info("Working for nobody");
        assertThat(lines("Working for " + first).getFirst().get("province").asString()).isEqualTo(first);
        assertThat(lines("Working for " + second).getFirst().get("province").asString()).isEqualTo(second);
        assertThat(lines("Working for nobody").getFirst().has("province")).isFalse();

        String generated = Http.province(port, second).header("X-Request-Id", "bad id with spaces").get("/")
                .header("X-Request-Id");
        assertThat(generated).matches("[0-9a-f-]{36}");
    }

    private List<JsonNode> lines(String start) {
        List<JsonNode> lines = captured.list.stream().filter(e -> e.getFormattedMessage().startsWith(start))
                .map(StructuredLogsTest::asEcs).toList();
        assertThat(lines).as("log lines starting with %s", start).hasSize(1);
        return lines;
    }

    private static JsonNode asEcs(ILoggingEvent event) {
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        encoder.setFormat("ecs");
        encoder.start();
        return JsonMapper.shared().readTree(new String(encoder.encode(event), StandardCharsets.UTF_8));
    }
}
