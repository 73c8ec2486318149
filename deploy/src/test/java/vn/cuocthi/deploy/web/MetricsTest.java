package vn.cuocthi.deploy.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/** Request metrics carry the province they served, so one province's load is visible on its own. */
@IntegrationTest
class MetricsTest {

    @LocalServerPort
    int port;

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
}
