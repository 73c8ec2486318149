package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.deploy.exam.ExamFixture.contest;
import static vn.cuocthi.deploy.exam.ExamFixture.now;
import static vn.cuocthi.deploy.exam.ExamFixture.round;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.deploy.support.TestClock;

/**
 * Collective exam sessions (thi tập trung) in two provinces: registration and its refusals, staff lists that never
 * cross provinces, photos checked by their bytes, confirmation, and the operator's hourly sum over provinces.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExamSessionApiTest {

    /** A PNG's signature and the start of its header: enough for the check, which reads the bytes, not the name. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @org.springframework.beans.factory.annotation.Autowired
    vn.cuocthi.platformcore.tenancy.TenantRegistry registry;

    String province;
    String other;
    String contestId;
    String otherContestId;
    /** In three hours, at a quarter past: both provinces' sessions start in that one hour. */
    OffsetDateTime startsAt;

    @BeforeAll
    void twoProvinces() {
        province = Provinces.onboard(port, "taptrung", "Tỉnh Tập Trung");
        other = Provinces.onboard(port, "taptrungkhac", "Tỉnh Tập Trung Khác");
        startsAt = now().plusHours(3).truncatedTo(ChronoUnit.HOURS).plusMinutes(15);
        contestId = published(province);
        otherContestId = published(other);
    }

    @AfterAll
    void realTime() {
        TestClock.INSTANCE.reset();
    }

    private String published(String slug) {
        Http admin = Http.province(port, slug).asAdmin();
        ExamFixture.questions(admin, 6, slug);
        ExamFixture.units(admin);
        return ExamFixture.publish(admin, contest("Cuộc thi tập trung " + slug,
                List.of(round("Tuần 1", now().minusDays(1), now().plusDays(6))), Map.of()));
    }

    private Map<String, Object> request(String unit, OffsetDateTime at, int expected) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitCode", unit);
        body.put("startsAt", at.toString());
        body.put("expectedParticipants", expected);
        body.put("place", "Hội trường tầng 3");
        body.put("contactName", "Đỗ Trường Giang");
        body.put("contactPhone", "0942.100.687");
        return body;
    }

    private Http.Reply register(String slug, String contest, Map<String, Object> body) {
        Http site = Http.province(port, slug);
        Map<String, Object> solved = new HashMap<>(body);
        solved.put("botCheck", ExamFixture.solve(site));
        return site.post("/api/v1/contests/" + contest + "/sessions", solved);
    }

    private JsonNode hourly() {
        String from = startsAt.truncatedTo(ChronoUnit.HOURS).toString();
        String to = startsAt.truncatedTo(ChronoUnit.HOURS).plusHours(1).toString();
        Http.Reply reply = Http.platform(port).asOperator().get("/api/v1/platform/sessions/hourly?from="
                + java.net.URLEncoder.encode(from, StandardCharsets.UTF_8) + "&to=" + java.net.URLEncoder.encode(to, StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("hours");
    }

    private static List<String> ids(JsonNode sessions) {
        List<String> ids = new java.util.ArrayList<>();
        sessions.forEach(s -> ids.add(s.get("id").asString()));
        return ids;
    }

    private static long[] figures(JsonNode hours) {
        return hours.isEmpty() ? new long[2]
                : new long[] {hours.get(0).get("expectedParticipants").asLong(), hours.get(0).get("sessions").asLong()};
    }

    @Test
    void aUnitRegistersAndOnlyItsProvinceSeesIt() {
        long[] before = figures(hourly());
        Http.Reply created = register(province, contestId, request("SNV", startsAt, 30));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode session = created.json().get("session");
        assertThat(session.get("unitName").asString()).isEqualTo("Sở Nội vụ");
        assertThat(session.get("round").asInt()).isEqualTo(1);
        assertThat(session.get("status").asString()).isEqualTo("REGISTERED");
        assertThat(session.get("contactPhone").asString()).isEqualTo("0942100687");
        assertThat(created.json().get("manageToken").asString()).hasSizeGreaterThan(40);
        // the contact is personal data: sealed in the province's schema (Decree 13/2023)
        assertThat(vn.cuocthi.platformcore.tenancy.TenantContext.call(registry.find(province).orElseThrow(), () -> jdbc.sql(
                "select count(*) from exam_session s where s::text like '%0942100687%' or s::text like '%Trường Giang%'")
                .query(Long.class).single())).isZero();
        assertThat(register(other, otherContestId, request("XA", startsAt.plusMinutes(30), 8)).status()).isEqualTo(201);

        Http staff = Http.province(port, province).asStaff("viewer");
        String id = session.get("id").asString();
        JsonNode listed = staff.get("/api/v1/admin/contests/" + contestId + "/sessions").json();
        assertThat(ids(listed)).contains(id);
        assertThat(listed.findValuesAsString("contactPhone")).as("still shown to staff").contains("0942100687");
        assertThat(listed.findValuesAsString("contactName")).contains("Đỗ Trường Giang");
        JsonNode theirs = Http.province(port, other).asAdmin().get("/api/v1/admin/contests/" + otherContestId + "/sessions?round=1").json();
        assertThat(theirs).isNotEmpty().allMatch(s -> s.get("unitCode").asString().equals("XA")
                && s.get("contestId").asString().equals(otherContestId));
        assertThat(ids(theirs)).doesNotContain(id);
        // one province's contest does not exist on another's host, for staff and for the public alike
        assertThat(Http.province(port, other).asAdmin().get("/api/v1/admin/contests/" + contestId + "/sessions").status()).isEqualTo(404);
        assertThat(register(other, contestId, request("SNV", startsAt, 5)).status()).isEqualTo(404);
        assertThat(ids(staff.get("/api/v1/admin/contests/" + contestId + "/sessions").json())).contains(id);

        // the operator sees both provinces in that hour
        long[] after = figures(hourly());
        assertThat(after[0] - before[0]).isEqualTo(38);
        assertThat(after[1] - before[1]).isEqualTo(2);
    }

    @Test
    void aRefusedRegistrationSaysWhyAndWritesNothing() {
        Http staff = Http.province(port, other).asAdmin();
        int sessions = staff.get("/api/v1/admin/contests/" + otherContestId + "/sessions").json().size();
        Http.Reply wrong = register(other, otherContestId, request("KHONGCO", now().plusDays(30), 0));
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(422);
        assertThat(wrong.body()).contains("unitCode", "startsAt", "expectedParticipants")
                .contains("không có trong danh sách đơn vị", "không nằm trong thời gian của vòng thi nào");
        // XA has 10 staff: 11 expected is more than the unit has
        Http.Reply tooMany = register(other, otherContestId, request("XA", startsAt, 11));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.body()).contains("vượt quá số cán bộ của đơn vị (10)");
        Http.Reply past = register(other, otherContestId, request("XA", now().minusHours(2), 5));
        assertThat(past.body()).contains("đã qua");
        // what a contact types passes the one text check: a bidi override or a NUL is refused where it was typed
        Map<String, Object> hidden = request("XA", startsAt, 5);
        hidden.put("place", "Hội trường \u202E3 gnầt");
        hidden.put("contactName", "Đỗ\u0000 Giang");
        Http.Reply controls = register(other, otherContestId, hidden);
        assertThat(controls.status()).as(controls.toString()).isEqualTo(422);
        assertThat(controls.json().findValuesAsString("field")).containsExactlyInAnyOrder("place", "contactName");
        assertThat(controls.body()).contains("ký tự điều khiển hoặc ký tự đảo chiều");
        // the bot check is not optional here
        Http.Reply unchecked = Http.province(port, other).post("/api/v1/contests/" + otherContestId + "/sessions",
                request("XA", startsAt, 5));
        assertThat(unchecked.status()).isEqualTo(422);
        assertThat(unchecked.body()).contains("botCheck");
        assertThat(staff.get("/api/v1/admin/contests/" + otherContestId + "/sessions").json()).hasSize(sessions);
    }

    @Test
    void photosAreImagesByTheirBytesSentWithTheManagementToken() throws Exception {
        OffsetDateTime at = startsAt.plusDays(1);
        JsonNode created = register(province, contestId, request("XA", at, 9)).json();
        String sessionId = created.get("session").get("id").asString();
        String token = created.get("manageToken").asString();
        String photos = "/api/v1/contests/" + contestId + "/sessions/" + sessionId + "/photos";
        Http unit = Http.province(port, province).header("X-Session-Token", token);

        assertThat(unit.upload(photos, "anh.png", PNG).status()).as("before the session").isEqualTo(409);
        TestClock.INSTANCE.advanceTo(at.toInstant());
        try {
            afterTheSession(sessionId, photos, unit, token);
        } finally {
            TestClock.INSTANCE.reset();
        }
    }

    private void afterTheSession(String sessionId, String photos, Http unit, String token) throws Exception {

        Http.Reply png = unit.upload(photos, "chuong-trinh.exe", PNG);
        assertThat(png.status()).as(png.toString()).isEqualTo(201);
        assertThat(png.json().get("contentType").asString()).isEqualTo("image/png");
        Http.Reply html = unit.upload(photos, "anh.png", "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertThat(html.status()).as(html.toString()).isEqualTo(422);
        assertThat(html.body()).contains("Chỉ nhận ảnh JPEG, PNG hoặc WebP");
        byte[] big = Arrays.copyOf(PNG, 5 * 1024 * 1024 + 1);
        Http.Reply large = unit.upload(photos, "lon.png", big);
        assertThat(large.status()).isEqualTo(413);
        assertThat(large.body()).contains("tối đa 5.120 KB");
        assertThat(Http.province(port, province).header("X-Session-Token", token + "x").upload(photos, "anh.png", PNG).status())
                .isEqualTo(404);
        // another province's host does not know the session, token or not
        assertThat(Http.province(port, other).header("X-Session-Token", token).upload(photos, "anh.png", PNG).status())
                .isEqualTo(404);

        Http staff = Http.province(port, province).asAdmin();
        JsonNode listed = staff.get("/api/v1/admin/contests/" + contestId + "/sessions").json();
        JsonNode session = null;
        for (JsonNode s : listed) {
            if (s.get("id").asString().equals(sessionId)) {
                session = s;
            }
        }
        assertThat(session).isNotNull();
        assertThat(session.get("photoCount").asInt()).isEqualTo(1);

        String photoUrl = "/api/v1/admin/contests/" + contestId + "/sessions/" + sessionId + "/photos/" + png.json().get("id").asString();
        HttpResponse<byte[]> image = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + photoUrl))
                .header("Host", province + ".localhost:" + port)
                .header("Authorization", "Bearer " + vn.cuocthi.deploy.support.TestIdentity.staffToken(province, "viewer"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(image.body()).isEqualTo(PNG);

        Http.Reply confirmed = staff.post("/api/v1/admin/contests/" + contestId + "/sessions/" + sessionId + "/confirm", null);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(staff.get("/api/v1/admin/contests/" + contestId + "/audit").body()).contains("session.status");
        Http.Reply cancelled = staff.post("/api/v1/admin/contests/" + contestId + "/sessions/" + sessionId + "/cancel", null);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(unit.upload(photos, "anh.png", PNG).status()).as("a cancelled session").isEqualTo(409);
        assertThat(Http.province(port, province).asStaff("viewer")
                .post("/api/v1/admin/contests/" + contestId + "/sessions/" + sessionId + "/confirm", null).status()).isEqualTo(403);
    }
}
