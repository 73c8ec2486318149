package vn.cuocthi.deploy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/**
 * Every staff endpoint, every role, two provinces and the operator, with real Keycloak tokens: allowed roles pass
 * security (whatever the endpoint then answers), other roles get 403, a token of another province or of the platform
 * gets 403 even as admin, and no token gets 401. docs/security.md has the same table.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    private static final Set<String> ALL_STAFF = Set.of("province-admin", "editor", "viewer", "verifier");
    private static final Set<String> EDITORS = Set.of("province-admin", "editor");
    private static final Set<String> ADMIN = Set.of("province-admin");

    @LocalServerPort
    int port;

    String province;
    String other;
    String contestId;
    String questionId;

    record Endpoint(String method, String path, Object body, Set<String> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeAll
    void twoProvinces() {
        province = Provinces.onboard(port, "matran", "Tỉnh Ma Trận");
        other = Provinces.onboard(port, "matrankhac", "Tỉnh Ma Trận Khác");
        Http admin = Http.province(port, province).asAdmin();
        contestId = admin.post("/api/v1/admin/contests", Map.of("name", "Cuộc thi ma trận")).json().get("id").asString();
        questionId = admin.post("/api/v1/admin/questions", question("Câu hỏi gốc của ma trận?")).json().get("id").asString();
    }

    private List<Endpoint> endpoints() {
        String contest = "/api/v1/admin/contests/" + contestId;
        return List.of(
                new Endpoint("GET", "/api/v1/admin/units", null, ALL_STAFF),
                new Endpoint("PUT", "/api/v1/admin/units", List.of(Map.of("code", "SNV", "name", "Sở Nội vụ", "headcount", 5)), ADMIN),
                new Endpoint("POST", "/api/v1/admin/units", Map.of("code", "STP", "name", "Sở Tư pháp", "headcount", 4), ADMIN),
                new Endpoint("PUT", "/api/v1/admin/units/SNV", Map.of("code", "SNV", "name", "Sở Nội vụ", "headcount", 6), ADMIN),
                new Endpoint("DELETE", "/api/v1/admin/units/STP", null, ADMIN),
                new Endpoint("GET", "/api/v1/admin/questions", null, ALL_STAFF),
                new Endpoint("POST", "/api/v1/admin/questions", null, EDITORS),
                new Endpoint("GET", "/api/v1/admin/questions/template.xlsx", null, ALL_STAFF),
                new Endpoint("DELETE", "/api/v1/admin/questions/" + questionId, null, EDITORS),
                new Endpoint("GET", "/api/v1/admin/contests", null, ALL_STAFF),
                new Endpoint("POST", "/api/v1/admin/contests", Map.of("name", "Cuộc thi mới"), EDITORS),
                new Endpoint("GET", contest, null, ALL_STAFF),
                new Endpoint("PUT", contest, Map.of("name", "Cuộc thi ma trận (sửa)"), EDITORS),
                new Endpoint("POST", contest + "/publish", null, EDITORS),
                new Endpoint("GET", contest + "/audit", null, ALL_STAFF),
                new Endpoint("GET", contest + "/documents", null, ALL_STAFF),
                // a JSON body where a file is expected: allowed callers get past security to a 415
                new Endpoint("POST", contest + "/documents", Map.of("title", "Thể lệ"), EDITORS),
                new Endpoint("DELETE", contest + "/documents/" + java.util.UUID.randomUUID(), null, EDITORS));
    }

    @Test
    void eachRoleReachesExactlyItsEndpoints() {
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (Endpoint endpoint : endpoints()) {
            for (String role : ALL_STAFF) {
                Object body = endpoint.path().endsWith("/questions") && endpoint.method().equals("POST")
                        ? question("Câu hỏi của " + role + " số " + (n++) + "?") : endpoint.body();
                int status = Http.province(port, province).asStaff(role).send(endpoint.method(), endpoint.path(), body).status();
                boolean allowed = endpoint.allowed().contains(role);
                if (allowed ? status == 401 || status == 403 : status != 403) {
                    wrong.add(endpoint + " as " + role + " answered " + status + (allowed ? " but is allowed" : " but is not allowed"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noTokenIs401Everywhere() {
        for (Endpoint endpoint : endpoints()) {
            Http.Reply reply = Http.province(port, province).send(endpoint.method(), endpoint.path(), endpoint.body());
            assertThat(reply.status()).as(endpoint.toString()).isEqualTo(401);
            assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
        }
        assertThat(Http.platform(port).get("/api/v1/platform/tenants").status()).isEqualTo(401);
    }

    @Test
    void anotherProvincesAdminTokenIs403EvenForAnAdmin() {
        for (Endpoint endpoint : endpoints()) {
            Http.Reply reply = Http.province(port, province).asStaffOf(other, "province-admin")
                    .send(endpoint.method(), endpoint.path(), endpoint.body());
            assertThat(reply.status()).as(endpoint.toString()).isEqualTo(403);
        }
        Http.Reply reply = Http.province(port, province).asStaffOf(other, "province-admin").get("/api/v1/admin/units");
        assertThat(reply.json().get("detail").asString()).contains("thuộc về một tỉnh khác");
    }

    @Test
    void operatorTokenOpensNoProvinceAndStaffTokensOpenNoOperatorApi() {
        for (Endpoint endpoint : endpoints()) {
            assertThat(Http.province(port, province).asOperator().send(endpoint.method(), endpoint.path(), endpoint.body())
                    .status()).as(endpoint.toString()).isEqualTo(403);
        }
        String adminToken = vn.cuocthi.deploy.support.TestIdentity.staffToken(province, "province-admin");
        assertThat(Http.platform(port).bearer(adminToken).get("/api/v1/platform/tenants").status()).isEqualTo(403);
        assertThat(Http.platform(port).asOperator().get("/api/v1/platform/tenants").status()).isEqualTo(200);
    }

    @Test
    void aTamperedTokenIs401() {
        String token = vn.cuocthi.deploy.support.TestIdentity.staffToken(province, "province-admin");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(Http.province(port, province).bearer(tampered).get("/api/v1/admin/units").status()).isEqualTo(401);
    }

    private static Map<String, Object> question(String text) {
        return Map.of("text", text, "options", List.of(Map.of("text", "Đúng", "correct", true), Map.of("text", "Sai", "correct", false)));
    }
}
