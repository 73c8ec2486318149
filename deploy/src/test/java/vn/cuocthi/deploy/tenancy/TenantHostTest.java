package vn.cuocthi.deploy.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/** How a Host header is answered: platform, province, unknown, suspended. */
@IntegrationTest
class TenantHostTest {

    @LocalServerPort
    int port;

    @Test
    void unknownProvinceHostGetsA404ProblemAndNoData() {
        Http.Reply reply = Http.province(port, "khongtontai").get("/api/v1/admin/units");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().get("title").asString()).isEqualTo("Không tìm thấy trang");
        assertThat(reply.json().get("detail").asString()).contains("khongtontai.localhost");
    }

    @Test
    void unknownProvinceHostGetsA404PageInABrowser() {
        Http.Reply reply = Http.province(port, "khongtontai").header("Accept", "text/html,application/xhtml+xml").get("/");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.body()).contains("lang=\"vi\"").contains("Không tìm thấy trang");
    }

    @Test
    void problemsFollowAcceptLanguage() {
        Http.Reply reply = Http.province(port, "khongtontai").header("Accept-Language", "en-US,en;q=0.9").get("/api/v1/contests");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("title").asString()).isEqualTo("Page not found");
    }

    @Test
    void hostsOutsideTheBaseDomainAreNotServed() {
        assertThat(Http.host(port, "127.0.0.1").get("/").status()).isEqualTo(404);
        assertThat(Http.host(port, "caobang.example.org").get("/").status()).isEqualTo(404);
        assertThat(Http.host(port, "a.b.localhost").get("/").status()).isEqualTo(404);
    }

    @Test
    void healthIsAnsweredOnAnyHost() {
        assertThat(Http.host(port, "10.0.0.7").get("/actuator/health/liveness").status()).isEqualTo(200);
        Http.Reply readiness = Http.platform(port).get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().at("/components/db/status").asString()).isEqualTo("UP");
        assertThat(readiness.json().at("/components/redis/status").asString()).isEqualTo("UP");
    }

    @Test
    void suspendedProvinceAnswers503UntilResumed() {
        String slug = Provinces.onboard(port, "tamdung", "Tỉnh Tạm Dừng");
        Http province = Http.province(port, slug);
        assertThat(province.get("/").status()).isEqualTo(200);

        Http.Reply suspended = Http.platform(port).asOperator().post("/api/v1/platform/tenants/" + slug + "/suspend", null);
        assertThat(suspended.json().get("status").asString()).isEqualTo("SUSPENDED");

        Http.Reply refused = province.get("/api/v1/admin/units");
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.json().get("detail").asString()).contains("Tỉnh Tạm Dừng");
        assertThat(province.header("Accept", "text/html").get("/").body()).contains("tạm ngừng");

        Http.platform(port).asOperator().post("/api/v1/platform/tenants/" + slug + "/resume", null);
        assertThat(province.get("/").status()).isEqualTo(200);
        assertThat(province.asAdmin().get("/api/v1/admin/units").status()).isEqualTo(200);
    }

    @Test
    void operatorApiExistsOnlyOnTheBareDomain() {
        String slug = Provinces.onboard(port, "chiadmin", "Tỉnh Chỉ Admin");
        assertThat(Http.province(port, slug).asOperator().get("/api/v1/platform/tenants").status()).isEqualTo(404);
        assertThat(Http.platform(port).asOperator().get("/api/v1/admin/units").status()).isEqualTo(404);
    }

    @Test
    void platformPageListsActiveProvinces() {
        String slug = Provinces.onboard(port, "trangchu", "Tỉnh Trang Chủ");
        Http.Reply page = Http.platform(port).get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Tỉnh Trang Chủ").contains("http://" + slug + ".localhost:" + port);
    }
}
