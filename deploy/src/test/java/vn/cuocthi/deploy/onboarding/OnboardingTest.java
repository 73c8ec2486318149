package vn.cuocthi.deploy.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.FailingProvisioningStep;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/** The operator API of API.md: onboard, list, suspend, resume, and every refusal. */
@IntegrationTest
class OnboardingTest {

    private static final String TENANTS = "/api/v1/platform/tenants";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Http operator() {
        return Http.platform(port).asOperator();
    }

    @Test
    void onboardingCreatesAnActiveProvinceWithItsOwnSchema() {
        String slug = Provinces.uniqueSlug("moi");
        Http.Reply reply = operator().post(TENANTS, Map.of("slug", slug, "name", "Tỉnh Mới"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo(TENANTS + "/" + slug);
        JsonNode body = reply.json();
        assertThat(body.get("slug").asString()).isEqualTo(slug);
        assertThat(body.get("name").asString()).isEqualTo("Tỉnh Mới");
        assertThat(body.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(body.get("host").asString()).isEqualTo(slug + ".localhost");
        assertThat(body.get("createdAt").asString()).endsWith("+07:00");
        assertThat(schemaTables(slug)).contains("unit", "databasechangelog");
        assertThat(Http.province(port, slug).get("/").status()).isEqualTo(200);

        Http.Reply listed = operator().get(TENANTS);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains("\"slug\":\"" + slug + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CaoBang", "a", "cao-bang", "cao bang", "caobằng", "x1234567890123456789012345678901", "../etc", "",
            "1abc"})
    void malformedSlugIsRefusedWith422AndNothingIsCreated(String slug) {
        Http.Reply reply = operator().post(TENANTS, Map.of("slug", slug, "name", "Tỉnh Sai"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("slug");
        assertThat(reply.json().get("errors").get(0).get("message").asString()).contains("chữ thường a-z");
        assertThat(jdbc.sql("select count(*) from platform.tenant where slug = ?").param(slug).query(Integer.class).single()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"www", "api", "admin", "platform", "keycloak"})
    void reservedSlugIsRefusedWith422(String slug) {
        Http.Reply reply = operator().post(TENANTS, Map.of("slug", slug, "name", "Tỉnh"));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").get(0).get("message").asString()).contains("dành riêng");
    }

    @Test
    void missingNameIsRefusedWith422() {
        Http.Reply reply = operator().post(TENANTS, Map.of("slug", Provinces.uniqueSlug("khongten")));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    @Test
    void malformedJsonIsRefusedWith400() {
        Http.Reply reply = operator().post(TENANTS, "{\"slug\": ");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("title").asString()).isEqualTo("Yêu cầu không đọc được");
    }

    @Test
    void onboardingAnExistingProvinceAgainIs409() {
        String slug = Provinces.onboard(port, "trung", "Tỉnh Trùng");
        Http.Reply again = operator().post(TENANTS, Map.of("slug", slug, "name", "Tỉnh Khác"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains(slug);
        assertThat(operator().get(TENANTS + "/" + slug).json().get("name").asString()).isEqualTo("Tỉnh Trùng");
    }

    @Test
    void concurrentOnboardingOfOneSlugCreatesItOnce() throws Exception {
        String slug = Provinces.uniqueSlug("dongthoi");
        List<Future<Integer>> statuses = new ArrayList<>();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 4; i++) {
                statuses.add(clients.submit(() -> operator().post(TENANTS, Map.of("slug", slug, "name", "Tỉnh Đồng Thời")).status()));
            }
            List<Integer> seen = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                seen.add(status.get());
            }
            assertThat(seen).containsOnly(201, 409).containsOnlyOnce(201);
        }
    }

    @Test
    void failedOnboardingLeavesTheProvinceInactiveAndARetryCompletesIt() {
        String slug = Provinces.uniqueSlug(FailingProvisioningStep.PREFIX);
        Http.Reply failed = operator().post(TENANTS, Map.of("slug", slug, "name", "Tỉnh Lỗi Mạng"));

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.json().get("detail").asString()).contains("test-network").contains("gửi lại");
        assertThat(operator().get(TENANTS + "/" + slug).json().get("status").asString()).isEqualTo("PROVISIONING");
        assertThat(Http.province(port, slug).get("/").status()).as("an unfinished province is not served").isEqualTo(404);
        assertThat(jdbc.sql("select last_error from platform.tenant where slug = ?").param(slug).query(String.class).single())
                .contains("simulated network outage");
        assertThat(operator().post(TENANTS + "/" + slug + "/suspend", null).status()).isEqualTo(409);

        Http.Reply retried = operator().post(TENANTS, Map.of("slug", slug, "name", "Tỉnh Lỗi Mạng"));
        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(retried.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(Http.province(port, slug).get("/").status()).isEqualTo(200);
        // each step's outcome too (schema, identity, the failing test step), which the operator console shows
        assertThat(events(slug)).containsExactly("ONBOARDING_STARTED", "STEP_DONE", "STEP_DONE", "STEP_FAILED",
                "ONBOARDING_FAILED", "ONBOARDING_RETRIED", "STEP_DONE", "STEP_DONE", "STEP_DONE", "ONBOARDED");
    }

    @Test
    void suspendAndResumeAreIdempotentAndAudited() {
        String slug = Provinces.onboard(port, "kiemtoan", "Tỉnh Kiểm Toán");
        assertThat(operator().post(TENANTS + "/" + slug + "/suspend", null).json().get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(operator().post(TENANTS + "/" + slug + "/suspend", null).status()).isEqualTo(200);
        assertThat(operator().post(TENANTS + "/" + slug + "/resume", null).json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(events(slug)).containsExactly("ONBOARDING_STARTED", "STEP_DONE", "STEP_DONE", "STEP_DONE", "ONBOARDED",
                "SUSPENDED", "RESUMED");

        // a body asks for its reason, which the audit keeps; an empty one is refused and changes nothing
        Http.Reply blank = operator().post(TENANTS + "/" + slug + "/suspend", Map.of("reason", " "));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.body()).contains("reason");
        assertThat(operator().get(TENANTS + "/" + slug).json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(operator().post(TENANTS + "/" + slug + "/suspend", Map.of("reason", "Hết hợp đồng")).status()).isEqualTo(200);
        assertThat(jdbc.sql("select detail from platform.tenant_event where slug = ? and kind = 'SUSPENDED' order by id desc limit 1")
                .param(slug).query(String.class).single()).isEqualTo("Hết hợp đồng");
        Http.Reply audit = operator().get("/api/v1/platform/audit?province=" + slug);
        assertThat(audit.json().get(0).get("kind").asString()).isEqualTo("SUSPENDED");
        assertThat(audit.json().get(0).get("detail").asString()).isEqualTo("Hết hợp đồng");

        // a first admin's e-mail that is none is refused up front, before anything is made
        String other = Provinces.uniqueSlug("thudientu");
        Http.Reply badEmail = operator().post(TENANTS, Map.of("slug", other, "name", "Tỉnh Thư", "adminEmail", "khong-phai-thu"));
        assertThat(badEmail.status()).isEqualTo(422);
        assertThat(badEmail.body()).contains("adminEmail");
        assertThat(jdbc.sql("select count(*) from platform.tenant where slug = ?").param(other).query(Long.class).single()).isZero();
    }

    @Test
    void unknownProvinceIs404ForTheOperator() {
        assertThat(operator().post(TENANTS + "/khongco/suspend", null).status()).isEqualTo(404);
        assertThat(operator().get(TENANTS + "/khongco").status()).isEqualTo(404);
    }

    @Test
    void operatorApiNeedsTheOperatorToken() {
        Http.Reply anonymous = Http.platform(port).get(TENANTS);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(anonymous.header("Set-Cookie")).as("a refused API call opens no session").isNull();
        assertThat(Http.platform(port).header("Authorization", "Bearer wrong-token-wrong-token-wrong").get(TENANTS).status())
                .isEqualTo(401);
        Http.Reply anonymousOnboarding = Http.platform(port).post(TENANTS, Map.of("slug", Provinces.uniqueSlug("lau"), "name", "X"));
        assertThat(anonymousOnboarding.status()).isEqualTo(401);
    }

    private List<String> schemaTables(String slug) {
        return jdbc.sql("select table_name from information_schema.tables where table_schema = ?")
                .param("tenant_" + slug).query(String.class).list();
    }

    private List<String> events(String slug) {
        return jdbc.sql("select kind from platform.tenant_event where slug = ? order by id").param(slug).query(String.class).list();
    }
}
