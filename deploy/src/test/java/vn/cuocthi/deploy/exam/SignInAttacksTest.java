package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.deploy.exam.ExamFixture.person;
import static vn.cuocthi.deploy.exam.ExamFixture.register;
import static vn.cuocthi.deploy.exam.ExamFixture.registration;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;
import vn.cuocthi.quizruntime.account.ContestantSessions;

/**
 * Issue 13 items 3 and 8 as an attacker tries them: guessing a password through the phone and the CCCD, locking the
 * owner out from a stranger's address, reusing a bot check, and a token after sign-out. Addresses are set with
 * X-Forwarded-For from loopback, the test's trusted proxy.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInAttacksTest {

    @LocalServerPort
    int port;

    @Autowired
    org.springframework.data.redis.core.StringRedisTemplate redis;

    @Autowired
    ContestantSessions sessions;

    @Autowired
    TenantRegistry tenants;

    ExamFixture.OpenContest here;
    ExamFixture.OpenContest there;

    @BeforeAll
    void provinces() {
        here = ExamFixture.openContest(port, "dangnhap", "Tỉnh Đăng Nhập", "Cuộc thi đăng nhập");
        there = ExamFixture.openContest(port, "dangnhapkhac", "Tỉnh Đăng Nhập Khác", "Cuộc thi tỉnh bên");
    }

    Http from(ExamFixture.OpenContest province, String address) {
        return Http.province(port, province.province()).header("X-Forwarded-For", address);
    }

    static Map<String, Object> login(String login, String password, Map<String, Object> botCheck) {
        Map<String, Object> body = new HashMap<>(Map.of("login", login, "password", password));
        if (botCheck != null) {
            body.put("botCheck", botCheck);
        }
        return body;
    }

    static String password(ExamFixture.Person person) {
        return "mat-khau-" + person.cccd();
    }

    @Test
    void guessesThroughPhoneAndCccdShareOneCounterAndNeverLockTheOwnerOut() {
        ExamFixture.Person person = person("Nguyễn Thị Chủ");
        register(Http.province(port, here.province()), here.contestId(), person, null);
        register(Http.province(port, there.province()), there.contestId(), person, null);
        Http stranger = from(here, "198.51.100.7");
        for (int i = 0; i < 5; i++) {
            Http.Reply wrong = stranger.post("/api/v1/auth/login", login(person.phone(), "doan-mo-" + i, null));
            assertThat(wrong.status()).as(wrong.toString()).isEqualTo(401);
            assertThat(wrong.json().get("code").asString()).isEqualTo("signIn.failed");
        }
        // the CCCD is the same account: the stranger's address must now solve the bot check, for either login
        Http.Reply asked = stranger.post("/api/v1/auth/login", login(person.cccd(), "doan-mo-cccd", null));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(428);
        assertThat(asked.json().get("code").asString()).isEqualTo("signIn.botCheckRequired");
        assertThat(asked.json().get("detail").asString()).contains("xác minh không phải máy");
        assertThat(asked.json().get("botCheck").get("challenge").asString()).isNotBlank();
        // a solved challenge lets one more guess through (and counts it), and is then spent
        Map<String, Object> solved = solve(asked.json().get("botCheck"));
        assertThat(stranger.post("/api/v1/auth/login", login(person.phone(), "doan-mo-6", solved)).status()).isEqualTo(401);
        Http.Reply spent = stranger.post("/api/v1/auth/login", login(person.phone(), password(person), solved));
        assertThat(spent.status()).as(spent.toString()).isEqualTo(428);
        assertThat(spent.json().get("code").asString()).isEqualTo("signIn.botCheckInvalid");

        // the owner, from home, gets in through the phone and the CCCD without a check
        Http owner = from(here, "203.0.113.20");
        assertThat(owner.post("/api/v1/auth/login", login(person.phone(), password(person), null)).status()).isEqualTo(200);
        assertThat(owner.post("/api/v1/auth/login", login(person.cccd(), password(person), null)).status()).isEqualTo(200);
        // the other province's registration of the same person knows nothing of it
        assertThat(from(there, "198.51.100.7").post("/api/v1/auth/login", login(person.cccd(), password(person), null))
                .status()).isEqualTo(200);

        // many strangers at once: the owner is asked for a little more work, and still gets in
        for (int i = 0; i < 20; i++) {
            Http.Reply wrong = from(here, "192.0.2." + (10 + i)).post("/api/v1/auth/login", login(person.cccd(), "sai-" + i, null));
            assertThat(wrong.status()).as(wrong.toString()).isEqualTo(401);
        }
        Http morning = from(here, "203.0.113.21");
        Http.Reply slowed = morning.post("/api/v1/auth/login", login(person.phone(), password(person), null));
        assertThat(slowed.status()).as(slowed.toString()).isEqualTo(428);
        assertThat(slowed.json().get("botCheck").get("difficulty").asInt()).isBetween(8, 10);
        Http.Reply in = morning.post("/api/v1/auth/login", login(person.phone(), password(person), solve(slowed.json().get("botCheck"))));
        assertThat(in.status()).as(in.toString()).isEqualTo(200);
        // getting in starts the account's count again
        assertThat(from(here, "203.0.113.22").post("/api/v1/auth/login", login(person.cccd(), password(person), null))
                .status()).isEqualTo(200);
    }

    @Test
    void oneAddressGuessingManyAccountsIsAskedForTheBotCheckOthersAreNot() {
        ExamFixture.Person person = person("Trần Văn Văn Phòng");
        register(Http.province(port, here.province()), here.contestId(), person, null);
        Http guesser = from(here, "198.51.100.99");
        for (int i = 0; i < 10; i++) {
            ExamFixture.Person someone = person("Người Lạ");
            assertThat(guesser.post("/api/v1/auth/login", login(someone.phone(), "123456", null)).status()).isEqualTo(401);
        }
        Http.Reply asked = guesser.post("/api/v1/auth/login", login(person.phone(), password(person), null));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(428);
        assertThat(from(here, "203.0.113.30").post("/api/v1/auth/login", login(person.phone(), password(person), null))
                .status()).isEqualTo(200);
    }

    @Test
    void theSignInPageShowsTheBotCheckInVietnamese() {
        ExamFixture.Person person = person("Lê Thị Trang");
        register(Http.province(port, here.province()), here.contestId(), person, null);
        Http stranger = from(here, "198.51.100.8");
        String page = "/contests/" + here.contestId() + "/dang-nhap";
        for (int i = 0; i < 5; i++) {
            assertThat(pageForm(stranger, null, page, Map.of("login", person.phone(), "password", "sai-" + i)).status())
                    .isEqualTo(401);
        }
        Http.Reply asked = pageForm(stranger, null, page, Map.of("login", person.cccd(), "password", password(person)));
        assertThat(asked.status()).isEqualTo(428);
        assertThat(asked.body()).contains("data-bot-difficulty=\"8\"", "name=\"botChallenge\"", "/js/botcheck",
                "xác minh không phải máy");
    }

    @Test
    void aChallengeIsSpentByItsFirstUseWhateverTheNonce() {
        Http site = Http.province(port, here.province());
        JsonNode challenge = site.get("/api/v1/bot-check").json();
        Map<String, Object> first = solve(challenge, 0);
        long next = Long.parseLong((String) first.get("nonce")) + 1;
        Map<String, Object> second = solve(challenge, next);
        assertThat(second.get("nonce")).isNotEqualTo(first.get("nonce"));
        Map<String, Object> honest = registration(person("Phạm Thật Thà"), null);
        honest.put("botCheck", first);
        assertThat(site.post("/api/v1/contests/" + here.contestId() + "/registrations", honest).status()).isEqualTo(201);
        Map<String, Object> again = registration(person("Phạm Dùng Lại"), null);
        again.put("botCheck", second);
        Http.Reply reused = site.post("/api/v1/contests/" + here.contestId() + "/registrations", again);
        assertThat(reused.status()).as(reused.toString()).isEqualTo(422);
        assertThat(reused.body()).contains("botCheck");
        // a challenge asked harder is clamped: no one can ask for a free one or for a day of work
        assertThat(site.get("/api/v1/bot-check?difficulty=0").json().get("difficulty").asInt()).isEqualTo(8);
        assertThat(site.get("/api/v1/bot-check?difficulty=60").json().get("difficulty").asInt()).isEqualTo(14);
    }

    @Test
    void signOutEndsTheTokenAndTheCookieAtOnceAndEndAllEndsEverySession() {
        ExamFixture.Person person = person("Đỗ Văn Về");
        Http site = Http.province(port, here.province());
        String registered = register(site, here.contestId(), person, null);
        String attempts = "/api/v1/contests/" + here.contestId() + "/attempts";

        // the API: a bearer token refused right after its sign-out
        JsonNode signedIn = site.post("/api/v1/auth/login", login(person.phone(), password(person), null)).json();
        Http bearer = site.bearer(signedIn.get("token").asString());
        assertThat(bearer.get(attempts).status()).isEqualTo(200);
        assertThat(bearer.post("/api/v1/auth/logout", null).status()).isEqualTo(204);
        Http.Reply afterApi = bearer.get(attempts);
        assertThat(afterApi.status()).as(afterApi.toString()).isEqualTo(401);

        // the pages: the cookie refused right after the page's sign-out, on the API and on the pages
        Http.Reply page = pageForm(site, null, "/contests/" + here.contestId() + "/dang-nhap",
                Map.of("login", person.cccd(), "password", password(person)));
        assertThat(page.status()).isEqualTo(302);
        String cookie = page.response().headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("cuocthi_thisinh=")).findFirst().orElseThrow().split(";")[0];
        Http browser = site.header("Cookie", cookie);
        assertThat(browser.get(attempts).status()).isEqualTo(200);
        assertThat(browser.get("/contests/" + here.contestId() + "/cua-toi").status()).isEqualTo(200);
        assertThat(pageForm(site, cookie, "/contests/" + here.contestId() + "/dang-xuat", Map.of()).status()).isEqualTo(302);
        assertThat(browser.get(attempts).status()).isEqualTo(401);
        assertThat(browser.get("/contests/" + here.contestId() + "/cua-toi").status()).isNotEqualTo(200);

        // another session of the same person lives on until every session is ended (a password change does that)
        Http other = site.bearer(registered);
        assertThat(other.get(attempts).status()).isEqualTo(200);
        UUID contestantId = UUID.fromString(site.post("/api/v1/auth/login", login(person.phone(), password(person), null))
                .json().get("contestantId").asString());
        TenantContext.run(tenants.find(here.province()).orElseThrow(), () -> sessions.endAll(contestantId));
        assertThat(other.get(attempts).status()).isEqualTo(401);
        JsonNode fresh = site.post("/api/v1/auth/login", login(person.phone(), password(person), null)).json();
        assertThat(site.bearer(fresh.get("token").asString()).get(attempts).status()).isEqualTo(200);
    }

    @Test
    void endedSessionsStayEndedWhenRedisLosesItsData() {
        ExamFixture.Person person = person("Phan Văn Nhớ");
        ExamFixture.Person neighbour = person("Phan Thị Bên");
        Http site = Http.province(port, here.province());
        Http otherSite = Http.province(port, there.province());
        String attempts = "/api/v1/contests/" + here.contestId() + "/attempts";
        register(site, here.contestId(), person, null);
        String theirs = register(otherSite, there.contestId(), neighbour, null);
        Http signedOut = site.bearer(site.post("/api/v1/auth/login", login(person.phone(), password(person), null)).json()
                .get("token").asString());
        Http endedByReset = site.bearer(site.post("/api/v1/auth/login", login(person.cccd(), password(person), null)).json()
                .get("token").asString());
        assertThat(signedOut.post("/api/v1/auth/logout", null).status()).isEqualTo(204);
        UUID contestantId = UUID.fromString(site.post("/api/v1/auth/login", login(person.phone(), password(person), null))
                .json().get("contestantId").asString());
        TenantContext.run(tenants.find(here.province()).orElseThrow(), () -> sessions.endAll(contestantId));
        assertThat(signedOut.get(attempts).status()).isEqualTo(401);
        assertThat(endedByReset.get(attempts).status()).isEqualTo(401);

        // Redis restarted without its data: every revocation of both provinces is gone from it
        for (String province : java.util.List.of(here.province(), there.province())) {
            java.util.Set<String> keys = redis.keys("cuocthi:" + province + ":signed-out*");
            assertThat(keys).isNotNull();
            redis.delete(keys);
        }
        assertThat(redis.keys("cuocthi:" + here.province() + ":signed-out*")).isEmpty();

        // still refused (before: 200, the revocation lived in Redis only); loaded again from the province's table
        assertThat(signedOut.get(attempts).status()).isEqualTo(401);
        assertThat(endedByReset.get(attempts).status()).isEqualTo(401);
        assertThat(redis.hasKey("cuocthi:" + here.province() + ":signed-out-loaded")).isTrue();
        // a session begun after them, and the other province's contestant, are untouched
        Http fresh = site.bearer(site.post("/api/v1/auth/login", login(person.phone(), password(person), null)).json()
                .get("token").asString());
        assertThat(fresh.get(attempts).status()).isEqualTo(200);
        assertThat(otherSite.bearer(theirs).get("/api/v1/contests/" + there.contestId() + "/attempts").status()).isEqualTo(200);
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** A page's form as a browser posts it: the sign-in page read first for its session cookie and CSRF token. */
    Http.Reply pageForm(Http http, String cookies, String path, Map<String, String> fields) {
        Http reader = cookies == null ? http : http.header("Cookie", cookies);
        Http.Reply form = reader.get("/contests/" + here.contestId() + "/dang-nhap");
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).as(form.toString()).isTrue();
        String session = form.header("Set-Cookie");
        String all = Stream.of(cookies, session == null ? null : session.substring(0, session.indexOf(';')))
                .filter(Objects::nonNull).collect(Collectors.joining("; "));
        Map<String, String> withToken = new HashMap<>(fields);
        withToken.put("_csrf", token.group(1));
        return http.header("Cookie", all).form("POST", path, withToken);
    }

    static Map<String, Object> solve(JsonNode challenge) {
        return ExamFixture.solve(challenge, 0);
    }

    static Map<String, Object> solve(JsonNode challenge, long from) {
        return ExamFixture.solve(challenge, from);
    }
}
