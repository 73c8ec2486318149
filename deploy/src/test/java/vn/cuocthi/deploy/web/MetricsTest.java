package vn.cuocthi.deploy.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

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
}
