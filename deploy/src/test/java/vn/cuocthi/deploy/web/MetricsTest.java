package vn.cuocthi.deploy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/** Request metrics carry the province they served, so one province's load is visible on its own. */
@IntegrationTest
class MetricsTest {

    /** A metric with its label matchers in PromQL: {@code name{label="value", …}}. */
    private static final Pattern SELECTOR =
            Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{((?:[^}\"]|\"(?:[^\"\\\\]|\\\\.)*\")*)}");
    private static final Pattern MATCHER = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{[^}]*})?,\\s*([a-zA-Z_]+)\\)");
    /** Prometheus's own series and the labels Prometheus adds when it scrapes. */
    private static final Set<String> FROM_PROMETHEUS = Set.of("up", "job", "instance", "le");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void requestMetricsAreTaggedWithTheTenant() {
        String slug = Provinces.onboard(port, "doluong", "Tỉnh Đo Lường");
        assertThat(Http.province(port, slug).get("/").status()).isEqualTo(200);

        Http.Reply metrics = Http.platform(port).get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).containsPattern("http_server_requests_seconds_count\\{[^}]*tenant=\"" + slug + "\"[^}]*uri=\"/\"");
    }

    @Test
    void openApiDescribesTheOperatorApi() {
        Http.Reply docs = Http.platform(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().at("/paths").has("/api/v1/platform/tenants")).isTrue();
        assertThat(docs.json().at("/paths").has("/api/v1/admin/units")).isTrue();
    }

    @Test
    void openApiDescribesTheStaffApiInWords() {
        JsonNode paths = Http.platform(port).get("/v3/api-docs").json().get("paths");
        JsonNode publish = paths.get("/api/v1/admin/contests/{id}/publish").get("post");
        assertThat(publish.get("summary").asString()).isEqualTo("Validate and publish a draft");
        assertThat(publish.get("tags").toString()).contains("Contests");
        assertThat(paths.get("/api/v1/admin/questions/import").at("/post/tags").toString()).contains("Question bank");
        assertThat(paths.get("/api/v1/admin/units/{code}").at("/delete/summary").asString()).isEqualTo("Remove one unit");
        assertThat(paths.get("/api/v1/platform/tenants").at("/post/summary").asString()).startsWith("Onboard a province");
        assertThat(paths.get("/api/v1/admin/contests/{id}/sharing").at("/get/summary").asString()).contains("QR code");
    }

    /**
     * Every series the Grafana dashboard and the alert rules (deploy/monitoring) read exists in this application's
     * /actuator/prometheus output with the labels they select on, and every uri they name is a mapped endpoint; the
     * dashboard is valid JSON. The application is exercised first so the request and pool meters exist.
     */
    @Test
    void dashboardsAndAlertsReadMetricsTheApplicationWrites() throws IOException {
        String slug = Provinces.onboard(port, "giamsat", "Tỉnh Giám Sát");
        assertThat(Http.province(port, slug).get("/").status()).isEqualTo(200);
        assertThat(Http.province(port, slug).post("/api/v1/attempts/00000000-0000-0000-0000-000000000000/submit", Map.of())
                .status()).isGreaterThanOrEqualTo(400).isLessThan(500);
        String scraped = Http.platform(port).get("/actuator/prometheus").body();

        Path monitoring = Path.of("monitoring");
        JsonNode dashboard = JsonMapper.shared().readTree(Files.readString(monitoring.resolve("grafana-dashboard.json")));
        List<String> expressions = new ArrayList<>();
        dashboard.get("panels").forEach(panel -> {
            if (panel.has("targets")) {
                panel.get("targets").forEach(target -> expressions.add(target.get("expr").asString()));
            }
        });
        dashboard.at("/templating/list").forEach(variable -> {
            if (variable.has("definition")) {
                expressions.add(variable.get("definition").asString());
            }
        });
        Map<String, Object> rules = new Yaml().load(Files.readString(monitoring.resolve("prometheus-rules.yaml")));
        for (Object group : (List<?>) rules.get("groups")) {
            for (Object rule : (List<?>) ((Map<?, ?>) group).get("rules")) {
                expressions.add((String) ((Map<?, ?>) rule).get("expr"));
            }
        }
        assertThat(expressions).hasSizeGreaterThan(20);

        Set<String> endpoints = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream()).collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        for (String expression : expressions) {
            Matcher selector = SELECTOR.matcher(expression);
            boolean any = false;
            while (selector.find()) {
                any = true;
                String metric = selector.group(1);
                if (FROM_PROMETHEUS.contains(metric)) {
                    continue;
                }
                used.add(metric);
                assertThat(scraped).as("series %s in /actuator/prometheus", metric).containsPattern("(?m)^" + metric + "[{ ]");
                Matcher label = MATCHER.matcher(selector.group(2));
                while (label.find()) {
                    if (!FROM_PROMETHEUS.contains(label.group(1))) {
                        assertThat(scraped).as("label %s of %s", label.group(1), metric)
                                .containsPattern("(?m)^" + metric + "\\{[^}]*\\b" + label.group(1) + "=\"");
                    }
                    if (label.group(1).equals("uri")) {
                        for (String uri : label.group(3).replace("\\\\", "").split("\\|")) {
                            assertThat(endpoints).as("endpoint of uri %s", uri).contains(uri);
                        }
                    }
                }
            }
            Matcher values = LABEL_VALUES.matcher(expression);
            while (values.find()) {
                any = true;
                if (FROM_PROMETHEUS.contains(values.group(2))) {
                    continue;
                }
                assertThat(scraped).containsPattern("(?m)^" + values.group(1) + "\\{[^}]*\\b" + values.group(2) + "=\"");
            }
            assertThat(any).as("a metric in %s", expression).isTrue();
        }
        assertThat(used).contains("http_server_requests_seconds_bucket", "hikaricp_connections_pending",
                "cuocthi_attempts_finalizer_last_success_seconds", "jvm_memory_used_bytes");
        assertThat(scraped).containsPattern("process_uptime_seconds\\{[^}]*application=\"cuocthi\"");
    }
}
