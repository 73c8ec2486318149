package vn.cuocthi.deploy.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.cuocthi.platformcore.personal.PersonalData;
import vn.cuocthi.deploy.exam.ExamFixture;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/**
 * Inputs that once answered 500 (issue 13, item 4) and typed texts with control or bidirectional-override
 * characters (item 6): each is a 4xx problem detail in Vietnamese with a machine {@code code}, and nothing is written.
 * X-Forwarded-For/-Proto are believed from the configured proxies only (the tests' loopback plays the proxy,
 * {@code server.tomcat.remoteip.internal-proxies}), and the metrics are the platform's, not a province host's (item 8).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    private static final String QUESTIONS = "/api/v1/admin/questions";
    private static final String CONTESTS = "/api/v1/admin/contests";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalData personal;

    String slug;
    String contest;

    @BeforeAll
    void province() {
        slug = Provinces.onboard(port, "xauvao", "Tỉnh Dữ Liệu Xấu");
        contest = ExamFixture.openContest(Http.province(port, slug).asAdmin(), "Cuộc thi đầu vào xấu");
    }

    @Test
    void controlAndBidiCharactersInARegistrationNameAreRefusedAndNoOneIsRegistered() {
        for (String name : List.of("Nguyễn\u0000 Văn An", "Nguyễn Văn\u0007 An", "Trần \u202Eần Bình", "Lê \u2066Văn\u2069 Cường")) {
            ExamFixture.Person person = ExamFixture.person(name);
            Map<String, Object> body = ExamFixture.registration(person, null);
            body.put("botCheck", ExamFixture.solve(site()));
            Http.Reply reply = site().post("/api/v1/contests/" + contest + "/registrations", body);
            assertThat(reply.status()).as(name + ": " + reply).isEqualTo(422);
            assertThat(reply.json().get("code").asString()).isEqualTo("input.invalid");
            assertThat(reply.json().at("/errors/0/field").asString()).isEqualTo("fullName");
            assertThat(reply.json().at("/errors/0/message").asString()).contains("ký tự điều khiển");
            assertThat(contestantsWithPhone(person.phone())).as(name).isZero();
        }
        // a name typed decomposed (a Mac's "ễ" as e + two marks) is stored composed
        ExamFixture.Person decomposed = ExamFixture.person("Nguye\u0302\u0303n Thi\u0323 Hoa");
        Map<String, Object> body = ExamFixture.registration(decomposed, null);
        body.put("botCheck", ExamFixture.solve(site()));
        Http.Reply registered = site().post("/api/v1/contests/" + contest + "/registrations", body);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.json().get("fullName").asString()).isEqualTo("Nguyễn Thị Hoa");
    }

    @Test
    void controlCharactersInAContestNameOrADocumentTitleAreRefusedAndNothingIsWritten() {
        long contests = contests();
        Map<String, Object> nul = new HashMap<>(Map.of("name", "Cuộc thi\u0000 có NUL"));
        assertProblem(staff().post(CONTESTS, nul), 422, "input.invalid", "name");
        assertProblem(staff().post(CONTESTS, Map.of("name", "Cuộc thi \u202Egnoc")), 422, "input.invalid", "name");
        assertProblem(staff().post(CONTESTS, Map.of("name", "Có tài liệu",
                "documents", List.of(Map.of("title", "Thể\u0000 lệ", "url", "https://vanban.chinhphu.vn/nq76")))),
                422, "input.invalid", "documents[0].title");
        assertThat(contests()).as("no contest created").isEqualTo(contests);

        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Http.Reply upload = staff().upload(CONTESTS + "/" + contest + "/documents", "the-le.pdf", pdf, Map.of("title", "Thể\u0000 lệ"));
        assertProblem(upload, 422, "document.refused", "title");
        assertThat(jdbc.sql("select count(*) from tenant_" + slug + ".contest_document").query(Long.class).single()).isZero();
    }

    @Test
    void aHugeDescriptionIsRefusedAndListsLeaveTheLongTextsOut() {
        long contests = contests();
        assertProblem(staff().post(CONTESTS, Map.of("name", "Mô tả 5 MB", "description", "<p>" + "Mô tả ".repeat(800_000) + "</p>")),
                422, "input.invalid", "description");
        assertThat(contests()).isEqualTo(contests);

        String description = "<p>" + "Thể lệ chi tiết. ".repeat(1_000) + "</p>";
        String id = staff().post(CONTESTS, Map.of("name", "Mô tả dài vừa phải", "description", description, "rules", description))
                .json().get("id").asString();
        assertThat(staff().get(CONTESTS + "/" + id).json().get("description").asString()).contains("Thể lệ chi tiết.");
        for (var listed : staff().get(CONTESTS).json()) {
            assertThat(listed.path("description").isNull() || listed.path("description").isMissingNode()).as(listed.toString()).isTrue();
            assertThat(listed.path("rules").isNull() || listed.path("rules").isMissingNode()).isTrue();
        }
        for (var listed : site().get("/api/v1/contests").json()) {
            assertThat(listed.path("description").isNull() || listed.path("description").isMissingNode()).as(listed.toString()).isTrue();
        }
    }

    @Test
    void aQuestionBeyondTheImportersLimitsIsRefusedLikeAnImportedOne() {
        long questions = questions();
        assertProblem(staff().post(QUESTIONS, question(Map.of("topic", "T".repeat(100_000)))), 422, "input.invalid", "topic");
        assertProblem(staff().post(QUESTIONS, question(Map.of("topic", "T".repeat(101)))), 422, "input.invalid", "topic");
        assertProblem(staff().post(QUESTIONS, question(Map.of("explanation", "G".repeat(1_000_000)))), 422, "input.invalid", "explanation");
        Map<String, Object> longOption = question(Map.of());
        longOption.put("options", List.of(Map.of("text", "Đ".repeat(100_000), "correct", true), Map.of("text", "Sai", "correct", false)));
        assertProblem(staff().post(QUESTIONS, longOption), 422, "input.invalid", "options[0].text");
        assertProblem(staff().post(QUESTIONS, "{\"text\":\"Câu hỏi có nhóm rỗng?\",\"options\":[{\"text\":\"A\",\"correct\":true},"
                + "{\"text\":\"B\",\"correct\":false}],\"pools\":[null]}"), 422, "input.invalid", "pools[0]");
        assertProblem(staff().post(QUESTIONS, question(Map.of("pools", List.of("CD", "không hợp lệ!")))), 422, "input.invalid", "pools[1]");
        assertProblem(staff().post(QUESTIONS, question(Map.of("text", "Câu hỏi\u202E có đảo chiều?"))), 422, "input.invalid", "text");
        assertThat(questions()).as("nothing added").isEqualTo(questions);
    }

    @Test
    void malformedParametersAndBodiesAreProblemDetailsWithACode() {
        assertProblem(staff().get(QUESTIONS + "?page=2147483647"), 400, "input.parameter", null);
        assertProblem(staff().get(QUESTIONS + "?page=-1"), 400, "input.parameter", null);
        Http.Reply round = site().get("/api/v1/contests/" + contest + "/leaderboard?round=abc");
        assertProblem(round, 400, "input.type", null);
        assertThat(round.json().get("detail").asString()).contains("round");
        assertProblem(staff().post(QUESTIONS, "{\"text\": \"thiếu ngoặc\""), 400, "input.unreadable", null);
        assertProblem(staff().post(QUESTIONS, "{\"text\": 5, \"options\": {}}"), 400, "input.unreadable", null);
    }

    @Test
    void anUploadOverTheLimitIsA413InVietnameseThatNamesTheLimit() {
        long questions = questions();
        byte[] huge = new byte[22 * 1024 * 1024];
        Http.Reply api = staff().upload(QUESTIONS + "/import", "ngan-hang.xlsx", huge, Map.of("format", "xlsx"));
        assertProblem(api, 413, "upload.tooLarge", null);
        assertThat(api.json().get("detail").asString()).contains("20 MB");
        // the console's form upload: a Vietnamese page naming the limit, not Tomcat's English one (the body was
        // refused while the CSRF filter read the form's parameters, before Spring MVC)
        for (String form : List.of("/admin/questions/import", "/admin/units/import")) {
            Http.Reply page = staff().header("Accept", "text/html,application/xhtml+xml").upload(form, "tep-lon.xlsx", huge);
            assertThat(page.status()).as(form).isEqualTo(413);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.body()).contains("Tệp quá lớn", "20 MB").doesNotContain("HTTP Status", "Payload Too Large");
        }
        assertThat(questions()).isEqualTo(questions);
    }

    @Test
    void aTrustedProxysSchemeIsKeptInRedirectsAndAnUntrustedClientsIsNot() throws Exception {
        Http trusted = Http.province(port, slug).header("X-Forwarded-Proto", "https").header("Accept", "text/html");
        Http.Reply viaProxy = trusted.get("/admin");
        assertThat(viaProxy.status()).as(viaProxy.toString()).isEqualTo(302);
        assertThat(viaProxy.header("Location")).startsWith("https://");

        Http.Reply direct = trusted.via(otherLocalAddress()).get("/admin");
        assertThat(direct.status()).isEqualTo(302);
        assertThat(direct.header("Location")).as("forged by an untrusted client").doesNotStartWith("https://");
    }

    @Test
    void perAddressLimitsCountTheClientBehindTheProxyNotTheProxy() throws Exception {
        // 5 registrations without a solved bot check per address (test settings), then the check is required
        String first = "203.0.113." + (10 + (System.nanoTime() & 0x3f));
        for (int i = 0; i < 5; i++) {
            assertThat(registerWithoutBotCheck(Http.province(port, slug).header("X-Forwarded-For", first)).status()).isEqualTo(201);
        }
        assertThat(registerWithoutBotCheck(Http.province(port, slug).header("X-Forwarded-For", first)).status()).isEqualTo(429);
        assertThat(registerWithoutBotCheck(Http.province(port, slug).header("X-Forwarded-For", "198.51.100.7")).status())
                .as("another client behind the same proxy").isEqualTo(201);

        Http untrusted = Http.province(port, slug).via(otherLocalAddress());
        for (int i = 0; i < 5; i++) {
            registerWithoutBotCheck(untrusted.header("X-Forwarded-For", "198.51.100." + (100 + i)));
        }
        assertThat(registerWithoutBotCheck(untrusted.header("X-Forwarded-For", "198.51.100.200")).status())
                .as("an untrusted client cannot choose a new address per request").isEqualTo(429);
    }

    @Test
    void metricsAnswerOnThePlatformHostOnly() {
        assertThat(Http.platform(port).get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(Http.province(port, slug).get("/actuator/prometheus").status()).isEqualTo(404);
        assertThat(Http.host(port, "evil.example").get("/actuator/prometheus").status()).isEqualTo(404);
        assertThat(Http.host(port, "10.42.0.17").get("/actuator/prometheus").status()).as("a scrape by pod address").isEqualTo(200);
        assertThat(Http.host(port, "10.42.0.17").get("/").status()).as("but no page by address").isEqualTo(404);
        assertThat(Http.province(port, slug).get("/actuator/info").status()).isEqualTo(404);
        assertThat(Http.province(port, slug).get("/actuator/health/liveness").status()).as("probes use any host").isEqualTo(200);
    }

    private Http.Reply registerWithoutBotCheck(Http client) {
        return client.post("/api/v1/contests/" + contest + "/registrations",
                ExamFixture.registration(ExamFixture.person("Người Sau Proxy"), null));
    }

    /** A non-loopback address of this machine: requests to it come from it, not from the trusted 127.0.0.1. */
    private static String otherLocalAddress() throws Exception {
        for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
            for (InetAddress address : nic.inetAddresses().toList()) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return address.getHostAddress();
                }
            }
        }
        throw new IllegalStateException("no non-loopback IPv4 address to test an untrusted client from");
    }

    private static void assertProblem(Http.Reply reply, int status, String code, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(reply.toString()).startsWith("application/problem+json");
        assertThat(reply.json().path("code").asString()).as(reply.toString()).isEqualTo(code);
        assertThat(reply.json().get("title").asString()).as("Vietnamese: " + reply).matches(".*[ạảãàáâậầấẩẫăắằặẳẵđệếềểễôộốồổỗơớờợởỡưứừựửữíìịỉĩ].*");
        if (field != null) {
            assertThat(reply.json().findValuesAsString("field")).as(reply.toString()).contains(field);
        }
    }

    private static Map<String, Object> question(Map<String, Object> overrides) {
        Map<String, Object> question = new HashMap<>();
        question.put("text", "Câu hỏi kiểm tra giới hạn " + System.nanoTime() + "?");
        question.put("topic", "CCHC");
        question.put("options", List.of(Map.of("text", "Đúng", "correct", true), Map.of("text", "Sai", "correct", false)));
        question.putAll(overrides);
        return question;
    }

    /** Phones are stored sealed, found by their keyed hash (the same one sign-in uses). */
    private long contestantsWithPhone(String phone) {
        return jdbc.sql("select count(*) from tenant_" + slug + ".contestant where phone_lookup = ?")
                .param(personal.lookup(PersonalData.LookupKind.PHONE, phone)).query(Long.class).single();
    }

    private long contests() {
        return jdbc.sql("select count(*) from tenant_" + slug + ".contest").query(Long.class).single();
    }

    private long questions() {
        return jdbc.sql("select count(*) from tenant_" + slug + ".question").query(Long.class).single();
    }

    private Http staff() {
        return Http.province(port, slug).asAdmin();
    }

    private Http site() {
        return Http.province(port, slug);
    }
}
