package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.deploy.exam.ExamFixture.person;
import static vn.cuocthi.deploy.exam.ExamFixture.register;
import static vn.cuocthi.deploy.exam.ExamFixture.solve;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.TestClock;

/**
 * "Quên mật khẩu" through the API: a code by SMS (read from the local outbox), a new password with it, and every
 * refusal (wrong, expired, reused, exhausted, another province's) changing nothing; the staff's code; the audit.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordRecoveryTest {

    static final String SENT = "Nếu thông tin khớp với một tài khoản, mã đã được gửi. Mã có hiệu lực 10 phút.";

    @LocalServerPort
    int port;

    ExamFixture.OpenContest first;
    ExamFixture.OpenContest second;

    @BeforeAll
    void provinces() {
        first = ExamFixture.openContest(port, "quenmk", "Tỉnh Quên Mật Khẩu", "Cuộc thi khôi phục");
        second = ExamFixture.openContest(port, "quenmkb", "Tỉnh Bên Cạnh", "Cuộc thi bên cạnh");
    }

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void aCodeBySmsSetsANewPasswordOnceAndTheOldPasswordIsRefused() {
        Http site = Http.province(port, first.province());
        ExamFixture.Person person = person("Nguyễn Văn Quên");
        register(site, first.contestId(), person, null);
        String old = "mat-khau-" + person.cccd();

        Http.Reply asked = requestCode(site, first.contestId(), person.phone());
        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
        assertThat(asked.json().get("message").asString()).isEqualTo(SENT);
        String code = codeSentTo(site, person.phone());

        Http.Reply wrong = reset(site, first.contestId(), person.phone(), otherThan(code), "mat-khau-moi-1");
        assertRefused(wrong, "Mã không đúng. Hãy kiểm tra lại tin nhắn hoặc e-mail.");
        assertThat(login(site, person.phone(), old).status()).isEqualTo(200); // nothing changed

        Http.Reply done = reset(site, first.contestId(), person.phone(), code, "mat-khau-moi-1");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(site.bearer(done.json().get("token").asString())
                .get("/api/v1/contests/" + first.contestId() + "/attempts").status()).isEqualTo(200);
        assertThat(login(site, person.phone(), old).status()).isEqualTo(401);
        assertThat(login(site, person.cccd(), "mat-khau-moi-1").status()).isEqualTo(200);

        Http.Reply reused = reset(site, first.contestId(), person.phone(), code, "mat-khau-moi-2");
        assertRefused(reused, "Mã đã hết hạn hoặc đã được dùng. Hãy yêu cầu mã mới.");
        assertThat(login(site, person.phone(), "mat-khau-moi-1").status()).isEqualTo(200);

        List<JsonNode> trail = audit(first.province(), first.contestId());
        assertThat(trail).extracting(entry -> entry.get("action").asString()).contains("RECOVERY_CODE_SENT", "PASSWORD_RESET");
        assertThat(trail.toString()).doesNotContain(code).doesNotContain(person.phone());
    }

    @Test
    void aCodeByEmailGoesToTheRegisteredAddressWhateverItsCase() {
        Http admin = Http.province(port, second.province()).asAdmin();
        Map<String, Object> contest = ExamFixture.contest("Cuộc thi có e-mail",
                List.of(ExamFixture.round("Vòng 1", ExamFixture.now().minusDays(1), ExamFixture.now().plusDays(6))), Map.of());
        contest.put("registrationFields", Map.of("fields", List.of(
                Map.of("name", "FULL_NAME", "shown", true, "required", true), Map.of("name", "PHONE", "shown", true, "required", true),
                Map.of("name", "EMAIL", "shown", true, "required", true))));
        String contestId = ExamFixture.publish(admin, contest);
        Http site = Http.province(port, second.province());
        ExamFixture.Person person = person("Vũ Thị Thư");
        Map<String, Object> registration = ExamFixture.registration(person, null);
        registration.remove("cccd");
        registration.put("email", "Vu.Thu." + person.phone() + "@Example.vn");
        registration.put("botCheck", solve(site));
        assertThat(site.post("/api/v1/contests/" + contestId + "/registrations", registration).status()).isEqualTo(201);

        String typed = "vu.thu." + person.phone() + "@example.vn";
        assertThat(requestCode(site, contestId, typed).status()).isEqualTo(202);
        String code = codeSentTo(site, "Vu.Thu." + person.phone() + "@Example.vn");
        assertThat(site.get("/dev/tin-nhan").body()).doesNotContain("data-to=\"" + person.phone() + "\"");
        Http.Reply done = reset(site, contestId, typed, code, "mat-khau-qua-thu");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(site.post("/api/v1/auth/login", Map.of("login", person.phone(), "password", "mat-khau-qua-thu",
                "contestId", contestId)).status()).isEqualTo(200);
    }

    @Test
    void theAnswerIsTheSameForAnUnknownContactAndNothingIsSent() {
        Http site = Http.province(port, first.province());
        String nobody = person("Không Có Ai").phone();
        Http.Reply asked = requestCode(site, first.contestId(), nobody);
        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
        assertThat(asked.json().get("message").asString()).isEqualTo(SENT);
        assertThat(site.get("/dev/tin-nhan").body()).doesNotContain(nobody);
        assertRefused(reset(site, first.contestId(), nobody, "123456", "mat-khau-moi-1"),
                "Mã không đúng. Hãy kiểm tra lại tin nhắn hoặc e-mail.");

        Http.Reply noBotCheck = site.post("/api/v1/auth/recovery/code", Map.of("contestId", first.contestId(), "contact", nobody));
        assertThat(noBotCheck.status()).isEqualTo(422);
        assertThat(noBotCheck.json().at("/errors/0/field").asString()).isEqualTo("botCheck");
    }

    @Test
    void anExpiredOrExhaustedCodeIsRefusedAndChangesNothing() {
        Http site = Http.province(port, first.province());
        ExamFixture.Person person = person("Trần Thị Hết Hạn");
        register(site, first.contestId(), person, null);
        String old = "mat-khau-" + person.cccd();

        requestCode(site, first.contestId(), person.phone());
        String expired = codeSentTo(site, person.phone());
        TestClock.INSTANCE.advance(Duration.ofMinutes(11));
        assertRefused(reset(site, first.contestId(), person.phone(), expired, "mat-khau-moi-1"),
                "Mã đã hết hạn hoặc đã được dùng. Hãy yêu cầu mã mới.");
        TestClock.INSTANCE.reset();

        requestCode(site, first.contestId(), person.cccd()); // by CCCD: sent to the registered phone
        String code = codeSentTo(site, person.phone());
        assertThat(code).isNotEqualTo(expired);
        for (int i = 0; i < 4; i++) {
            assertRefused(reset(site, first.contestId(), person.phone(), otherThan(code), "mat-khau-moi-1"),
                    "Mã không đúng. Hãy kiểm tra lại tin nhắn hoặc e-mail.");
        }
        assertRefused(reset(site, first.contestId(), person.phone(), otherThan(code), "mat-khau-moi-1"),
                "Nhập sai mã quá nhiều lần. Hãy yêu cầu mã mới.");
        assertRefused(reset(site, first.contestId(), person.phone(), code, "mat-khau-moi-1"),
                "Nhập sai mã quá nhiều lần. Hãy yêu cầu mã mới."); // even the right code, once exhausted
        assertThat(login(site, person.phone(), old).status()).isEqualTo(200);
        assertThat(login(site, person.phone(), "mat-khau-moi-1").status()).isEqualTo(401);
    }

    @Test
    void aCodeOfOneProvinceDoesNotWorkInAnother() {
        Http here = Http.province(port, first.province());
        Http there = Http.province(port, second.province());
        ExamFixture.Person person = person("Lê Văn Hai Tỉnh");
        register(here, first.contestId(), person, null);
        register(there, second.contestId(), person, null);

        requestCode(here, first.contestId(), person.phone());
        String code = codeSentTo(here, person.phone());
        assertThat(there.get("/dev/tin-nhan").body()).doesNotContain(person.phone());

        assertThat(reset(there, first.contestId(), person.phone(), code, "mat-khau-moi-1").status()).isEqualTo(404);
        assertRefused(reset(there, second.contestId(), person.phone(), code, "mat-khau-moi-1"),
                "Mã không đúng. Hãy kiểm tra lại tin nhắn hoặc e-mail.");
        assertThat(login(there, person.phone(), "mat-khau-" + person.cccd()).status()).isEqualTo(200);
        assertThat(reset(here, first.contestId(), person.phone(), code, "mat-khau-moi-1").status()).isEqualTo(200);
    }

    @Test
    void requestsAreLimitedPerContact() {
        Http site = Http.province(port, first.province()).via("127.0.0.21");
        String contact = person("Gửi Nhiều Lần").phone();
        for (int i = 0; i < 3; i++) {
            assertThat(requestCode(site, first.contestId(), contact).status()).isEqualTo(202);
        }
        Http.Reply limited = requestCode(site, first.contestId(), contact);
        assertThat(limited.status()).as(limited.toString()).isEqualTo(429);
        assertThat(limited.json().get("code").asString()).isEqualTo("recovery.rateLimited");
        assertThat(limited.response().headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void theAdminIssuesACodeAfterFindingTheContestantAndOtherRolesAreRefused() {
        Http site = Http.province(port, first.province());
        Http admin = site.asAdmin();
        ExamFixture.Person person = person("Phạm Thị Gọi Điện");
        register(site, first.contestId(), person, null);

        JsonNode found = admin.get("/api/v1/admin/contestants?q=" + person.cccd()).json();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("fullName").asString()).isEqualTo(person.fullName());
        assertThat(found.get(0).get("birthDate").asString()).isEqualTo("1990-05-31");
        String id = found.get(0).get("id").asString();
        assertThat(Http.province(port, second.province()).asAdmin().get("/api/v1/admin/contestants?q=" + person.cccd()).json())
                .isEmpty();

        assertThat(site.asStaff("viewer").post("/api/v1/admin/contestants/" + id + "/recovery-code", null).status()).isEqualTo(403);
        assertThat(site.asStaff("editor").get("/api/v1/admin/contestants?q=" + person.cccd()).status()).isEqualTo(403);
        assertThat(Http.province(port, second.province()).asAdmin()
                .post("/api/v1/admin/contestants/" + id + "/recovery-code", null).status()).isEqualTo(404);

        Http.Reply issued = admin.post("/api/v1/admin/contestants/" + id + "/recovery-code", null);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String code = issued.json().get("code").asString();
        Http.Reply done = reset(site, first.contestId(), person.cccd(), code, "mat-khau-tu-dat");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(login(site, person.phone(), "mat-khau-tu-dat").status()).isEqualTo(200);

        JsonNode row = audit(first.province(), first.contestId()).stream()
                .filter(entry -> entry.get("action").asString().equals("RECOVERY_CODE_ISSUED") && entry.toString().contains(id))
                .findFirst().orElseThrow();
        assertThat(row.get("actor").asString()).isEqualTo("test.province-admin");
        assertThat(row.toString()).doesNotContain(code);
    }

    static Http.Reply requestCode(Http site, String contestId, String contact) {
        Map<String, Object> body = new HashMap<>();
        body.put("contestId", contestId);
        body.put("contact", contact);
        body.put("botCheck", solve(site));
        return site.post("/api/v1/auth/recovery/code", body);
    }

    static Http.Reply reset(Http site, String contestId, String login, String code, String password) {
        return site.post("/api/v1/auth/recovery/reset", Map.of("contestId", contestId, "login", login, "code", code,
                "password", password));
    }

    static Http.Reply login(Http site, String login, String password) {
        return site.post("/api/v1/auth/login", Map.of("login", login, "password", password));
    }

    private static final Pattern MESSAGE = Pattern.compile(
            "data-to=\"([^\"]+)\"[\\s\\S]*?class=\"message-text\">[^<]*?: (\\d{6}) [(]");

    /** The code of the newest message to {@code to} on the local outbox page (newest first). */
    static String codeSentTo(Http site, String to) {
        Matcher found = MESSAGE.matcher(site.get("/dev/tin-nhan").body());
        while (found.find()) {
            if (found.group(1).equals(to)) {
                return found.group(2);
            }
        }
        throw new AssertionError("no message to " + to + " in the outbox");
    }

    static String otherThan(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    private static void assertRefused(Http.Reply reply, String message) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.json().at("/errors/0/field").asString()).isEqualTo("code");
        assertThat(reply.json().at("/errors/0/message").asString()).isEqualTo(message);
    }

    /** The contest's recovery entries (codes sent or issued, passwords reset), oldest first. */
    private List<JsonNode> audit(String province, String contestId) {
        JsonNode trail = Http.province(port, province).asAdmin().get("/api/v1/admin/contests/" + contestId + "/audit").json();
        return java.util.stream.StreamSupport.stream(trail.spliterator(), false)
                .filter(entry -> List.of("RECOVERY_CODE_SENT", "RECOVERY_CODE_ISSUED", "PASSWORD_RESET")
                        .contains(entry.get("action").asString()))
                .toList();
    }
}
