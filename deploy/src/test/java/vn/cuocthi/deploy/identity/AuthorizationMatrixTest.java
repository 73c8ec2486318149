package vn.cuocthi.deploy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.cuocthi.deploy.exam.ExamFixture;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/**
 * Every endpoint the application maps (read from its handler mappings, so a new endpoint that nobody classified
 * fails here), every role, two provinces and the operator, with real Keycloak tokens: allowed roles pass security
 * (whatever the endpoint then answers), other roles get 403, a token of another province or of the platform gets
 * 403 even as admin, no token gets 401 on the API, and public endpoints are open to anyone. docs/security.md has
 * the same table.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    private static final Set<String> ALL_STAFF = Set.of("province-admin", "editor", "viewer", "verifier");
    private static final Set<String> EDITORS = Set.of("province-admin", "editor");
    private static final Set<String> ADMIN = Set.of("province-admin");
    private static final Set<String> VERIFIERS = Set.of("province-admin", "verifier");
    private static final Set<String> AUDIT_READERS = Set.of("province-admin", "viewer");
    private static final Set<String> OPERATOR = Set.of("operator");
    private static final Set<String> ANYONE = Set.of("anyone");
    /** Open to anyone as far as the filter chain goes; quiz-runtime then asks for the contestant's own token. */
    private static final Set<String> CONTESTANT = Set.of("anyone", "contestant");

    /**
     * Who may call each mapped endpoint, as "METHOD pattern". Adding an endpoint means adding its row here (and in
     * docs/security.md); the test fails for a mapping without a row and for a row without a mapping.
     */
    private static final Map<String, Set<String>> ACCESS = Map.ofEntries(
            // the platform (bare domain)
            Map.entry("GET /", ANYONE),
            Map.entry("GET /api/v1/platform/tenants", OPERATOR),
            Map.entry("POST /api/v1/platform/tenants", OPERATOR),
            Map.entry("GET /api/v1/platform/tenants/{slug}", OPERATOR),
            Map.entry("POST /api/v1/platform/tenants/{slug}/suspend", OPERATOR),
            Map.entry("POST /api/v1/platform/tenants/{slug}/resume", OPERATOR),
            Map.entry("GET /api/v1/platform/sessions/hourly", OPERATOR),
            Map.entry("GET /api/v1/platform/activity", OPERATOR),
            Map.entry("GET /api/v1/platform/audit", OPERATOR),
            // the operator's console (bare domain, platform realm)
            Map.entry("GET /operator", OPERATOR),
            Map.entry("POST /operator/provinces", OPERATOR),
            Map.entry("GET /operator/provinces/{slug}", OPERATOR),
            Map.entry("POST /operator/provinces/{slug}/retry", OPERATOR),
            Map.entry("POST /operator/provinces/{slug}/suspend", OPERATOR),
            Map.entry("POST /operator/provinces/{slug}/resume", OPERATOR),
            Map.entry("GET /operator/sessions", OPERATOR),
            Map.entry("GET /operator/audit", OPERATOR),
            // the staff API
            Map.entry("GET /api/v1/admin/units", ALL_STAFF),
            Map.entry("GET /api/v1/admin/units/export.xlsx", ALL_STAFF),
            Map.entry("GET /api/v1/admin/units/blocks", ALL_STAFF),
            Map.entry("PUT /api/v1/admin/units/blocks/{code}", ADMIN),
            Map.entry("PUT /api/v1/admin/units", ADMIN),
            Map.entry("POST /api/v1/admin/units", ADMIN),
            Map.entry("POST /api/v1/admin/units/import", ADMIN),
            Map.entry("PUT /api/v1/admin/units/{code}", ADMIN),
            Map.entry("DELETE /api/v1/admin/units/{code}", ADMIN),
            Map.entry("GET /api/v1/admin/questions", ALL_STAFF),
            Map.entry("POST /api/v1/admin/questions", EDITORS),
            Map.entry("POST /api/v1/admin/questions/import", EDITORS),
            Map.entry("GET /api/v1/admin/questions/template.xlsx", ALL_STAFF),
            Map.entry("DELETE /api/v1/admin/questions/{id}", EDITORS),
            Map.entry("PUT /api/v1/admin/questions/{id}", EDITORS),
            Map.entry("GET /api/v1/admin/contests", ALL_STAFF),
            Map.entry("POST /api/v1/admin/contests", EDITORS),
            Map.entry("GET /api/v1/admin/contests/{id}", ALL_STAFF),
            Map.entry("PUT /api/v1/admin/contests/{id}", EDITORS),
            Map.entry("POST /api/v1/admin/contests/{id}/publish", EDITORS),
            Map.entry("GET /api/v1/admin/contests/{id}/audit", ALL_STAFF),
            Map.entry("GET /api/v1/admin/contests/{id}/sharing", ALL_STAFF),
            Map.entry("GET /api/v1/admin/contests/{id}/qr.png", ALL_STAFF),
            Map.entry("GET /api/v1/admin/contests/{id}/qr.svg", ALL_STAFF),
            Map.entry("GET /api/v1/admin/contests/{id}/documents", ALL_STAFF),
            Map.entry("POST /api/v1/admin/contests/{id}/documents", EDITORS),
            Map.entry("DELETE /api/v1/admin/contests/{id}/documents/{documentId}", EDITORS),
            Map.entry("GET /api/v1/admin/contests/{id}/results", ALL_STAFF),
            Map.entry("POST /api/v1/admin/contests/{id}/results/figure/recompute", VERIFIERS),
            Map.entry("POST /api/v1/admin/contests/{id}/results/publish", ADMIN),
            Map.entry("GET /api/v1/admin/contests/{id}/results/publications", ALL_STAFF),
            Map.entry("GET /api/v1/admin/contests/{id}/questions/statistics", ALL_STAFF),
            Map.entry("POST /api/v1/admin/contests/{id}/contestants/{contestantId}/disqualify", VERIFIERS),
            Map.entry("POST /api/v1/admin/contests/{id}/contestants/{contestantId}/reinstate", VERIFIERS),
            Map.entry("POST /api/v1/admin/contests/{id}/contestants/{contestantId}/verify", VERIFIERS),
            Map.entry("GET /api/v1/admin/contests/{id}/contestants/{contestantId}/personal-data", ADMIN),
            Map.entry("POST /api/v1/admin/contests/{id}/contestants/{contestantId}/personal-data/erase", ADMIN),
            Map.entry("PUT /api/v1/admin/contests/{id}/retention", ADMIN),
            // collective exam sessions: every staff role reads them, editors confirm or cancel (they weigh in prizes)
            Map.entry("GET /api/v1/admin/contests/{id}/sessions", ALL_STAFF),
            Map.entry("GET /api/v1/admin/contests/{id}/sessions/{sessionId}/photos/{photoId}", ALL_STAFF),
            Map.entry("POST /api/v1/admin/contests/{id}/sessions/{sessionId}/confirm", EDITORS),
            Map.entry("POST /api/v1/admin/contests/{id}/sessions/{sessionId}/cancel", EDITORS),
            // reports and exports for every staff role; the province's audit log for the admin and the viewer
            Map.entry("GET /api/v1/admin/contests/{id}/units/ranking", ALL_STAFF),
            Map.entry("GET /api/v1/admin/contests/{id}/units/report", ALL_STAFF),
            Map.entry("GET /api/v1/admin/contests/{id}/exports/units.{format}", ALL_STAFF),
            Map.entry("GET /api/v1/admin/contests/{id}/exports/results.{format}", ALL_STAFF),
            Map.entry("GET /api/v1/admin/contests/{id}/exports/audit.{format}", AUDIT_READERS),
            Map.entry("GET /api/v1/admin/audit", AUDIT_READERS),
            Map.entry("GET /api/v1/admin/audit/export.{format}", AUDIT_READERS),
            // the province's branding: every staff role reads it, its admin changes it
            Map.entry("GET /api/v1/admin/branding", ALL_STAFF),
            Map.entry("PUT /api/v1/admin/branding", ADMIN),
            Map.entry("POST /api/v1/admin/branding/logo", ADMIN),
            Map.entry("POST /api/v1/admin/branding/header-image", ADMIN),
            Map.entry("GET /admin/branding", ALL_STAFF),
            Map.entry("POST /admin/branding", ADMIN),
            Map.entry("POST /admin/branding/logo", ADMIN),
            Map.entry("POST /admin/branding/header-image", ADMIN),
            // the staff console
            Map.entry("GET /admin", ALL_STAFF),
            Map.entry("GET /admin/units", ALL_STAFF),
            Map.entry("POST /admin/units/save", ADMIN),
            Map.entry("POST /admin/units/import", ADMIN),
            Map.entry("POST /admin/units/delete", ADMIN),
            Map.entry("POST /admin/units/blocks", ADMIN),
            Map.entry("GET /admin/questions", ALL_STAFF),
            Map.entry("POST /admin/questions/import", EDITORS),
            Map.entry("POST /admin/questions/{id}/save", EDITORS),
            Map.entry("POST /admin/questions/{id}/retire", EDITORS),
            Map.entry("GET /admin/contests/new", ALL_STAFF),
            Map.entry("POST /admin/contests/new", EDITORS),
            Map.entry("GET /admin/contests/{id}", ALL_STAFF),
            Map.entry("GET /admin/contests/{id}/edit", ALL_STAFF),
            Map.entry("GET /admin/contests/{id}/edit/{step}", ALL_STAFF),
            Map.entry("POST /admin/contests/{id}/edit/{step}", EDITORS),
            Map.entry("POST /admin/contests/{id}/publish", EDITORS),
            Map.entry("GET /admin/contests/{id}/sharing", ALL_STAFF),
            Map.entry("POST /admin/contests/{id}/documents", EDITORS),
            Map.entry("POST /admin/contests/{id}/documents/{documentId}/delete", EDITORS),
            Map.entry("GET /admin/contests/{id}/sessions", ALL_STAFF),
            Map.entry("POST /admin/contests/{id}/sessions/{sessionId}/confirm", EDITORS),
            Map.entry("POST /admin/contests/{id}/sessions/{sessionId}/cancel", EDITORS),
            Map.entry("GET /admin/contests/{id}/results", ALL_STAFF),
            Map.entry("POST /admin/contests/{id}/results/publish", ADMIN),
            Map.entry("GET /admin/contests/{id}/personal-data", ADMIN),
            Map.entry("POST /admin/contests/{id}/personal-data", ADMIN),
            Map.entry("GET /admin/contests/{id}/personal-data/{contestantId}/export.json", ADMIN),
            Map.entry("POST /admin/contests/{id}/personal-data/{contestantId}/erase", ADMIN),
            Map.entry("GET /admin/contests/{id}/verification", ALL_STAFF),
            Map.entry("POST /admin/contests/{id}/verification/{contestantId}/verify", VERIFIERS),
            Map.entry("POST /admin/contests/{id}/verification/{contestantId}/disqualify", VERIFIERS),
            Map.entry("POST /admin/contests/{id}/verification/{contestantId}/reinstate", VERIFIERS),
            Map.entry("GET /admin/contests/{id}/units-report", ALL_STAFF),
            Map.entry("GET /admin/contests/{id}/question-statistics", ALL_STAFF),
            Map.entry("GET /admin/audit", AUDIT_READERS),
            // contestant support: identity fields and recovery codes, the province admin alone
            Map.entry("GET /admin/contestants", ADMIN),
            Map.entry("GET /admin/contestants/{id}", ADMIN),
            Map.entry("POST /admin/contestants/{id}/reset-password", ADMIN),
            Map.entry("GET /api/v1/admin/contestants", ADMIN),
            Map.entry("POST /api/v1/admin/contestants/{id}/recovery-code", ADMIN),
            // contestants (pages and API check the contestant's own token themselves)
            Map.entry("GET /tro-giup", ANYONE),
            Map.entry("GET /contests/{id}", ANYONE),
            Map.entry("GET /c/{code}", ANYONE),
            Map.entry("GET /thuong-hieu.css", ANYONE),
            Map.entry("GET /thuong-hieu/logo", ANYONE),
            Map.entry("GET /thuong-hieu/anh-dau-trang", ANYONE),
            Map.entry("GET /contests/{id}/qr.svg", ANYONE),
            Map.entry("GET /contests/{id}/documents/{documentId}", ANYONE),
            Map.entry("GET /contests/{id}/dang-ky", ANYONE),
            Map.entry("POST /contests/{id}/dang-ky", ANYONE),
            Map.entry("GET /contests/{id}/dang-nhap", ANYONE),
            Map.entry("POST /contests/{id}/dang-nhap", ANYONE),
            Map.entry("POST /contests/{id}/dang-xuat", ANYONE),
            Map.entry("POST /contests/{id}/bai-thi", ANYONE),
            Map.entry("GET /contests/{id}/cua-toi", CONTESTANT),
            Map.entry("GET /contests/{id}/xep-hang", ANYONE),
            Map.entry("GET /contests/{id}/bao-cao", ANYONE),
            Map.entry("GET /contests/{id}/thong-ke", ANYONE),
            // a unit's collective session: open registration (bot check), photos with the management token
            Map.entry("GET /contests/{id}/dang-ky-thi-tap-trung", ANYONE),
            Map.entry("POST /contests/{id}/dang-ky-thi-tap-trung", ANYONE),
            Map.entry("GET /contests/{id}/thi-tap-trung/{sessionId}", ANYONE),
            Map.entry("POST /contests/{id}/thi-tap-trung/{sessionId}/anh", ANYONE),
            Map.entry("POST /api/v1/contests/{id}/sessions", ANYONE),
            Map.entry("POST /api/v1/contests/{id}/sessions/{sessionId}/photos", ANYONE),
            Map.entry("GET /contests/{id}/ket-qua", ANYONE),
            Map.entry("GET /bai-thi/{attemptId}", CONTESTANT),
            Map.entry("GET /bai-thi/{attemptId}/ket-qua", CONTESTANT),
            Map.entry("GET /api/v1/contests", ANYONE),
            Map.entry("GET /api/v1/contests/{id}", ANYONE),
            Map.entry("GET /api/v1/contests/{id}/localities", ANYONE),
            Map.entry("POST /api/v1/contests/{id}/registrations", ANYONE),
            Map.entry("POST /api/v1/auth/login", ANYONE),
            Map.entry("POST /api/v1/auth/logout", ANYONE),
            // password recovery (bot check, rate limits); the local outbox exists in the local profile only
            Map.entry("GET /contests/{id}/quen-mat-khau", ANYONE),
            Map.entry("POST /contests/{id}/quen-mat-khau", ANYONE),
            Map.entry("GET /contests/{id}/dat-lai-mat-khau", ANYONE),
            Map.entry("POST /contests/{id}/dat-lai-mat-khau", ANYONE),
            Map.entry("POST /api/v1/auth/recovery/code", ANYONE),
            Map.entry("POST /api/v1/auth/recovery/reset", ANYONE),
            Map.entry("GET /dev/tin-nhan", ANYONE),
            Map.entry("GET /api/v1/bot-check", ANYONE),
            Map.entry("POST /api/v1/contests/{id}/attempts", CONTESTANT),
            Map.entry("GET /api/v1/contests/{id}/attempts", CONTESTANT),
            Map.entry("GET /api/v1/attempts/{attemptId}", CONTESTANT),
            Map.entry("GET /api/v1/attempts/{attemptId}/clock", CONTESTANT),
            Map.entry("PUT /api/v1/attempts/{attemptId}/answers/{questionId}", CONTESTANT),
            Map.entry("POST /api/v1/attempts/{attemptId}/submit", CONTESTANT),
            Map.entry("GET /api/v1/attempts/{attemptId}/result", CONTESTANT),
            Map.entry("GET /api/v1/attempts/{attemptId}/review", CONTESTANT),
            Map.entry("GET /api/v1/contests/{id}/leaderboard", ANYONE),
            Map.entry("GET /api/v1/contests/{id}/statistics/units", ANYONE));

    @LocalServerPort
    int port;

    @Autowired
    List<RequestMappingHandlerMapping> handlerMappings;

    String province;
    String other;
    String contestId;
    String questionId;
    /** A published contest, whose public pages have forms (and so a CSRF token) for the contestant page posts. */
    String publishedId;

    record Endpoint(String method, String pattern, Set<String> allowed) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }

        boolean page() {
            return !pattern.startsWith("/api/") && !pattern.equals("/");
        }

        boolean staff() {
            return !allowed.contains("anyone") && !allowed.contains("operator");
        }
    }

    @BeforeAll
    void twoProvinces() {
        province = Provinces.onboard(port, "matran", "Tỉnh Ma Trận");
        other = Provinces.onboard(port, "matrankhac", "Tỉnh Ma Trận Khác");
        Http admin = Http.province(port, province).asAdmin();
        contestId = admin.post("/api/v1/admin/contests", Map.of("name", "Cuộc thi ma trận")).json().get("id").asString();
        questionId = admin.post("/api/v1/admin/questions", question("Câu hỏi gốc của ma trận?")).json().get("id").asString();
        ExamFixture.questions(admin, 6, "matran");
        ExamFixture.units(admin);
        publishedId = ExamFixture.publish(admin, ExamFixture.contest("Cuộc thi ma trận đã công bố", List.of(ExamFixture.round(
                "Tuần 1", ExamFixture.now().minusDays(1), ExamFixture.now().plusDays(6))), Map.of()));
    }

    /** What the application really maps: our controllers only (springdoc's and Boot's error page are the platform's). */
    private Set<String> mapped() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping : handlerMappings) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                if (!handler.getBeanType().getPackageName().startsWith("vn.cuocthi")) {
                    return;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        mapped.add("ANY " + pattern);
                    }
                    methods.forEach(method -> mapped.add(method.name() + " " + pattern));
                }
            });
        }
        return mapped;
    }

    private List<Endpoint> endpoints() {
        return mapped().stream().filter(ACCESS::containsKey).map(key -> {
            int space = key.indexOf(' ');
            return new Endpoint(key.substring(0, space), key.substring(space + 1), ACCESS.get(key));
        }).toList();
    }

    @Test
    void everyMappedEndpointIsClassifiedAndEveryRowIsMapped() {
        Set<String> mapped = mapped();
        assertThat(mapped).as("mapped endpoints without a row in ACCESS (classify them here and in docs/security.md)")
                .allMatch(ACCESS::containsKey);
        assertThat(ACCESS.keySet()).as("rows of ACCESS that nothing maps any more").allMatch(mapped::contains);
    }

    @Test
    void eachRoleReachesExactlyItsStaffEndpoints() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints().stream().filter(Endpoint::staff).toList()) {
            for (String role : ALL_STAFF) {
                Http.Reply reply = call(endpoint, Http.province(port, province).asStaff(role), role);
                boolean allowed = endpoint.allowed().contains(role);
                if (allowed ? reply.status() == 401 || reply.status() == 403 : reply.status() != 403) {
                    wrong.add(endpoint + " as " + role + " answered " + reply.status()
                            + (allowed ? " but is allowed" : " but is not allowed"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void publicEndpointsAreOpenToAnyoneAndContestantEndpointsAskForTheContestantsToken() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints().stream().filter(e -> e.allowed().contains("anyone")).toList()) {
            Http.Reply reply = call(endpoint, Http.province(port, province), "anyone");
            boolean refusedBySecurity = SECURITY_REFUSALS.stream().anyMatch(code -> reply.body().contains("\"" + code + "\""));
            boolean asksContestant = reply.status() == 401
                    || reply.status() == 302 && String.valueOf(reply.header("Location")).contains("/dang-nhap");
            if (refusedBySecurity || endpoint.allowed().contains("contestant") && !asksContestant) {
                wrong.add(endpoint + " answered " + reply.status() + " " + reply.body());
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The codes of the filter chain's own refusals (an endpoint's own 401, e.g. a wrong password, is not one). */
    private static final List<String> SECURITY_REFUSALS = List.of("auth.required", "auth.forbidden", "auth.csrf",
            "auth.foreignProvince", "endpoint.unknown");

    @Test
    void noTokenIs401OnTheStaffApiAndSignInOnTheConsole() {
        for (Endpoint endpoint : endpoints().stream().filter(Endpoint::staff).toList()) {
            Http.Reply reply = Http.province(port, province).send(endpoint.method(), path(endpoint), body(endpoint, "none"));
            if (endpoint.page()) {
                assertThat(reply.status()).as(endpoint.toString()).isIn(302, 403);
            } else {
                assertThat(reply.status()).as(endpoint.toString()).isEqualTo(401);
                assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
            }
        }
        assertThat(Http.platform(port).get("/api/v1/platform/tenants").status()).isEqualTo(401);
    }

    @Test
    void anotherProvincesAdminTokenIs403EvenForAnAdmin() {
        for (Endpoint endpoint : endpoints().stream().filter(Endpoint::staff).toList()) {
            Http.Reply reply = call(endpoint, Http.province(port, province).asStaffOf(other, "province-admin"), "other");
            assertThat(reply.status()).as(endpoint.toString()).isEqualTo(403);
        }
        Http.Reply reply = Http.province(port, province).asStaffOf(other, "province-admin").get("/api/v1/admin/units");
        assertThat(reply.json().get("detail").asString()).contains("thuộc về một tỉnh khác");
    }

    @Test
    void operatorTokenOpensNoProvinceAndStaffTokensOpenNoOperatorApi() {
        for (Endpoint endpoint : endpoints().stream().filter(Endpoint::staff).toList()) {
            assertThat(call(endpoint, Http.province(port, province).asOperator(), "operator").status())
                    .as(endpoint.toString()).isEqualTo(403);
        }
        String adminToken = vn.cuocthi.deploy.support.TestIdentity.staffToken(province, "province-admin");
        for (Endpoint endpoint : endpoints().stream().filter(e -> e.allowed().contains("operator")).toList()) {
            assertThat(Http.platform(port).bearer(adminToken).send(endpoint.method(), path(endpoint), body(endpoint, "admin"))
                    .status()).as(endpoint.toString()).isEqualTo(403);
        }
        assertThat(Http.platform(port).asOperator().get("/api/v1/platform/tenants").status()).isEqualTo(200);
    }

    @Test
    void anEndpointNobodyClassifiedIsRefusedAsNotFound() {
        // mapped by nobody and named by no rule: refused by the last rule, whoever asks
        assertThat(Http.province(port, province).asAdmin().send("DELETE", "/contests/" + contestId, null).status()).isEqualTo(404);
        Http.Reply reply = Http.province(port, province).send("PATCH", "/api/v1/attempts/" + UUID.randomUUID(), null);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("code").asString()).isEqualTo("endpoint.unknown");
    }

    @Test
    void aTamperedTokenIs401() {
        String token = vn.cuocthi.deploy.support.TestIdentity.staffToken(province, "province-admin");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(Http.province(port, province).bearer(tampered).get("/api/v1/admin/units").status()).isEqualTo(401);
    }

    /**
     * A console form is posted with its session's CSRF token, as a browser would: the page is read first (with the
     * same bearer token) for its session cookie and token.
     */
    private Http.Reply call(Endpoint endpoint, Http http, String who) {
        if (endpoint.page() && !endpoint.method().equals("GET")) {
            Http.Reply form = http.get(endpoint.pattern().startsWith("/admin") ? "/admin" : "/contests/" + publishedId + "/dang-nhap");
            String cookie = form.header("Set-Cookie");
            Matcher token = CSRF.matcher(form.body());
            if (cookie != null && token.find()) {
                return http.header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                        .form(endpoint.method(), path(endpoint), Map.of("_csrf", token.group(1)));
            }
            return http.form(endpoint.method(), path(endpoint), Map.of());
        }
        return http.send(endpoint.method(), path(endpoint), body(endpoint, who));
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private String path(Endpoint endpoint) {
        String contest = endpoint.pattern().startsWith("/admin") || endpoint.pattern().startsWith("/api/v1/admin") ? contestId : publishedId;
        return endpoint.pattern().replace("{id}", endpoint.pattern().contains("/questions/") ? questionId : contest)
                .replace("{code}", "SNV").replace("{slug}", "khongcotinhnay").replace("{step}", "general")
                .replace("{documentId}", UUID.randomUUID().toString()).replace("{attemptId}", UUID.randomUUID().toString())
                .replace("{questionId}", UUID.randomUUID().toString()).replace("{contestantId}", UUID.randomUUID().toString())
                .replace("{sessionId}", UUID.randomUUID().toString()).replace("{photoId}", UUID.randomUUID().toString())
                .replace("{format}", "xlsx");
    }

    private int n;

    private Object body(Endpoint endpoint, String who) {
        String key = endpoint.toString();
        return switch (key) {
            case "POST /api/v1/admin/questions" -> question("Câu hỏi của " + who + " số " + (n++) + "?");
            case "PUT /api/v1/admin/units" -> List.of(Map.of("code", "SNV", "name", "Sở Nội vụ", "headcount", 5));
            case "POST /api/v1/admin/units" -> Map.of("code", "STP" + (n++), "name", "Sở Tư pháp", "headcount", 4);
            case "PUT /api/v1/admin/units/{code}" -> Map.of("code", "SNV", "name", "Sở Nội vụ", "headcount", 6);
            case "POST /api/v1/admin/contests" -> Map.of("name", "Cuộc thi mới");
            case "PUT /api/v1/admin/contests/{id}" -> Map.of("name", "Cuộc thi ma trận (sửa)");
            // a JSON body where a file is expected: allowed callers get past security to a 415
            case "POST /api/v1/admin/contests/{id}/documents" -> Map.of("title", "Thể lệ");
            case "POST /api/v1/admin/contests/{id}/contestants/{contestantId}/disqualify" -> Map.of("reason", "Gian lận");
            case "POST /api/v1/admin/contests/{id}/contestants/{contestantId}/personal-data/erase" -> Map.of("reason", "Theo yêu cầu");
            case "PUT /api/v1/admin/contests/{id}/retention" -> Map.of("months", 24);
            default -> endpoint.method().equals("GET") || endpoint.method().equals("DELETE") ? null : Map.of();
        };
    }

    private static Map<String, Object> question(String text) {
        return Map.of("text", text, "options", List.of(Map.of("text", "Đúng", "correct", true), Map.of("text", "Sai", "correct", false)));
    }
}
