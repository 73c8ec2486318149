package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.deploy.exam.ExamFixture.contest;
import static vn.cuocthi.deploy.exam.ExamFixture.now;
import static vn.cuocthi.deploy.exam.ExamFixture.person;
import static vn.cuocthi.deploy.exam.ExamFixture.rightOptions;
import static vn.cuocthi.deploy.exam.ExamFixture.round;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.deploy.support.TestClock;
import vn.cuocthi.platformcore.Uuids;
import vn.cuocthi.platformcore.contest.TieBreak;
import vn.cuocthi.platformcore.ranking.RankedAttempt;
import vn.cuocthi.platformcore.ranking.Ranking;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;

/**
 * Staff results end to end: the ranking with every tie-break value and the prizes of the rules, the prediction
 * figure frozen when the round closes (a later submission does not move it; a recompute is audited), and
 * disqualification reflowing rankings, prizes and the live board, with another province's staff kept out.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsTest {

    @LocalServerPort
    int port;

    @Autowired
    TenantRegistry tenants;

    @Autowired
    JdbcClient jdbc;

    String province;
    String other;
    String contest;
    OffsetDateTime end;
    final Map<String, String> ids = new HashMap<>();

    @BeforeAll
    void aContestWithTiesAtThePrizeBoundaries() {
        province = Provinces.onboard(port, "ketqua", "Tỉnh Kết Quả");
        other = Provinces.onboard(port, "ketquakhac", "Tỉnh Kết Quả Khác");
        Http staff = Http.province(port, province).asAdmin();
        ExamFixture.questions(staff, 10, province);
        ExamFixture.units(staff);
        end = now().plusMinutes(30);
        Map<String, Object> definition = new HashMap<>(contest("Kết quả và giải thưởng",
                List.of(round("Tuần 1", now().minusDays(1), end)), Map.of("graceSeconds", 0)));
        definition.put("groups", List.of(Map.of("code", "CD", "name", "Công dân", "minAge", 15),
                Map.of("code", "CB", "name", "Cán bộ, công chức", "minAge", 18)));
        definition.put("prizes", List.of(
                Map.of("group", "CD", "round", "Tuần 1", "first", 1, "second", 1, "third", 0, "consolation", 1),
                Map.of("group", "CB", "round", "Tuần 1", "first", 1)));
        @SuppressWarnings("unchecked")
        Map<String, Object> registration = new HashMap<>((Map<String, Object>) definition.get("registrationFields"));
        List<Object> fields = new ArrayList<>((List<Object>) registration.get("fields"));
        fields.add(Map.of("name", "GROUP", "shown", true, "required", true));
        registration.put("fields", fields);
        definition.put("registrationFields", registration);
        contest = ExamFixture.publish(staff, definition);

        // CD: An scores 10; Chi, Dũng and Bình 8 each. Five take part, so the figure will be 5: Chi and Dũng guess
        // 4 (distance 1), Bình 100 (distance 95); Chi is 20 s faster than Dũng. CB: Em alone.
        sit("An", "CD", 5, 4L, 0);
        sit("Bình", "CD", 4, 100L, 0);
        sit("Chi", "CD", 4, 4L, 10);
        sit("Dũng", "CD", 4, 4L, 30);
        sit("Em", "CB", 3, 5L, 0);
        ids.put("Giang", register("Giang", "CD")); // registered, sits no exam before the close
    }

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void theFigureFreezesAtTheCloseRanksAndPrizesFollowTheChainAndDisqualificationReflows() {
        Http admin = Http.province(port, province).asAdmin();
        String results = "/api/v1/admin/contests/" + contest + "/results?round=1&group=CD";
        JsonNode open = admin.get(results).json();
        assertThat(open.get("predictionPending").asBoolean()).as("the round has not closed").isTrue();
        assertThat(open.get("figure").isNull()).isTrue();

        TestClock.INSTANCE.advanceTo(end.toInstant().plusSeconds(1));
        JsonNode closed = admin.get(results).json();
        assertThat(closed.at("/figure/value").asLong()).isEqualTo(5);
        assertThat(closed.at("/figure/method").asString()).isEqualTo("AT_CLOSE");
        assertThat(closed.at("/figure/measure").asString()).isEqualTo("PARTICIPANTS");
        String frozenAt = closed.at("/figure/computedAt").asString();
        assertThat(OffsetDateTime.parse(frozenAt).toInstant()).isAfterOrEqualTo(end.toInstant());
        assertThat(frozenAt).endsWith("+07:00");
        assertThat(names(closed)).containsExactly("An", "Chi", "Dũng", "Bình");
        assertThat(prizes(closed)).as("second/consolation split by duration, consolation/none by prediction")
                .containsExactly("FIRST", "SECOND", "CONSOLATION", null);
        JsonNode chi = closed.at("/content/1");
        assertThat(chi.get("rank").asInt()).isEqualTo(2);
        assertThat(chi.get("score").asInt()).isEqualTo(8);
        assertThat(chi.get("prediction").asLong()).isEqualTo(4);
        assertThat(chi.get("predictionDistance").asLong()).isEqualTo(1);
        assertThat(chi.get("durationMs").asLong()).isBetween(10_000L, 29_000L);
        assertThat(chi.get("submittedAt").asString()).endsWith("+07:00");
        assertThat(chi.at("/group/code").asString()).isEqualTo("CD");
        assertThat(chi.at("/group/name").asString()).isEqualTo("Công dân");
        assertThat(chi.at("/unit/name").asString()).isEqualTo("Sở Nội vụ");
        assertThat(chi.get("verification").asString()).isEqualTo("UNVERIFIED");
        assertThat(closed.get("totalElements").asInt()).isEqualTo(4);
        assertThat(inComparatorOrder(closed)).as("PostgreSQL's order is the comparator's").isTrue();

        // the same ranking as a spreadsheet: the rows in rank order with every tie-break value and the prize
        Http.Reply csv = Http.province(port, province).asStaff("viewer")
                .getBytes("/api/v1/admin/contests/" + contest + "/exports/results.csv?round=1&group=CD");
        assertThat(csv.status()).isEqualTo(200);
        List<String> lines = new String(csv.bytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFKết quả cá nhân");
        int heading = lines.indexOf(lines.stream().filter(line -> line.startsWith("Hạng,")).findFirst().orElseThrow());
        assertThat(lines.subList(heading + 1, lines.size())).hasSize(4);
        assertThat(lines.get(heading + 2)).startsWith("2,Công dân,").contains("Chi").contains(",Sở Nội vụ,8,").contains(",4,1,")
                .contains("Giải Nhì").endsWith("Chưa xác minh");
        assertThat(Http.province(port, province).asStaff("viewer")
                .get("/api/v1/admin/contests/" + contest + "/exports/results.csv?round=9").status()).isEqualTo(404);

        JsonNode everyGroup = admin.get("/api/v1/admin/contests/" + contest + "/results?round=1").json();
        assertThat(names(everyGroup)).as("groups in the contest's order, each ranked from 1").containsExactly("An", "Chi", "Dũng", "Bình", "Em");
        assertThat(everyGroup.at("/content/4/rank").asInt()).isEqualTo(1);
        assertThat(everyGroup.at("/content/4/prize").asString()).as("CB has its own tier").isEqualTo("FIRST");
        JsonNode secondPage = admin.get("/api/v1/admin/contests/" + contest + "/results?round=1&page=1&size=2").json();
        assertThat(names(secondPage)).containsExactly("Dũng", "Bình");
        assertThat(secondPage.get("totalPages").asInt()).isEqualTo(3);

        // a later submission (an exam recorded after the close) does not move the frozen figure
        lateSubmission(ids.get("Giang"));
        JsonNode later = admin.get(results).json();
        assertThat(later.at("/figure/value").asLong()).isEqualTo(5);
        assertThat(later.at("/figure/computedAt").asString()).isEqualTo(frozenAt);
        assertThat(names(later)).contains("Giang");
        JsonNode board = Http.province(port, province).get("/api/v1/contests/" + contest + "/leaderboard?round=1&group=CD").json();
        assertThat(board.get("actualFigure").asLong()).as("the live board uses the same frozen figure").isEqualTo(5);

        // recomputing is a staff action, audited with the value before and after
        Http.Reply recomputed = admin.post("/api/v1/admin/contests/" + contest + "/results/figure/recompute?round=1", null);
        assertThat(recomputed.status()).as(recomputed.toString()).isEqualTo(200);
        assertThat(recomputed.json().get("value").asLong()).isEqualTo(6);
        assertThat(recomputed.json().get("method").asString()).isEqualTo("RECOMPUTED");
        JsonNode audit = admin.get("/api/v1/admin/contests/" + contest + "/audit").json();
        JsonNode entry = last(audit, "FIGURE_RECOMPUTED");
        assertThat(json(entry.get("before")).get("value").asLong()).isEqualTo(5);
        assertThat(json(entry.get("after")).get("value").asLong()).isEqualTo(6);
        assertThat(entry.get("actor").asString()).isNotBlank();

        // disqualification: bad input changes nothing; then the ranking, the prizes and the live board reflow
        Http verifier = Http.province(port, province).asStaff("verifier");
        String an = "/api/v1/admin/contests/" + contest + "/contestants/" + ids.get("An");
        Http.Reply noReason = verifier.post(an + "/disqualify", Map.of("reason", "  "));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().at("/errors/0/field").asString()).isEqualTo("reason");
        assertThat(names(admin.get(results).json()).getFirst()).isEqualTo("An");
        assertThat(boardNames()).contains("An");

        Http.Reply disqualified = verifier.post(an + "/disqualify", Map.of("reason", "Khai sai thông tin đơn vị"));
        assertThat(disqualified.status()).as(disqualified.toString()).isEqualTo(200);
        assertThat(disqualified.json().get("status").asString()).isEqualTo("DISQUALIFIED");
        JsonNode reflowed = admin.get(results).json();
        assertThat(names(reflowed)).doesNotContain("An").startsWith("Chi", "Dũng");
        assertThat(prizes(reflowed).subList(0, 2)).containsExactly("FIRST", "SECOND");
        assertThat(boardEventually(names -> !names.contains("An") && names.contains("Chi"))).as("off the live board at once").isTrue();
        JsonNode disqualification = last(admin.get("/api/v1/admin/contests/" + contest + "/audit").json(), "CONTESTANT_DISQUALIFIED");
        assertThat(json(disqualification.get("before")).get("status").asString()).isEqualTo("UNVERIFIED");
        assertThat(json(disqualification.get("after")).get("status").asString()).isEqualTo("DISQUALIFIED");
        assertThat(json(disqualification.get("after")).get("disqualifiedReason").asString()).isEqualTo("Khai sai thông tin đơn vị");
        assertThat(verifier.post(an + "/disqualify", Map.of("reason", "lần nữa")).status()).isEqualTo(409);
        assertThat(verifier.post(an + "/verify", null).status()).as("a disqualified contestant is not verified").isEqualTo(409);

        String chiPath = "/api/v1/admin/contests/" + contest + "/contestants/" + ids.get("Chi");
        assertThat(verifier.post(chiPath + "/verify", null).json().get("status").asString()).isEqualTo("VERIFIED");
        assertThat(admin.get(results).json().at("/content/0/verification").asString()).isEqualTo("VERIFIED");

        assertThat(verifier.post(an + "/reinstate", null).status()).isEqualTo(200);
        assertThat(names(admin.get(results).json()).getFirst()).isEqualTo("An");
        assertThat(boardEventually(names -> names.contains("An"))).as("back on the live board").isTrue();
    }

    @Test
    void anotherProvincesStaffCanNeitherReadNorDisqualify() {
        String results = "/api/v1/admin/contests/" + contest + "/results?round=1";
        String disqualify = "/api/v1/admin/contests/" + contest + "/contestants/" + ids.get("Bình") + "/disqualify";
        Http foreign = Http.province(port, province).asStaffOf(other, "province-admin");
        assertThat(foreign.get(results).status()).isEqualTo(403);
        assertThat(foreign.post(disqualify, Map.of("reason", "thử")).status()).isEqualTo(403);
        Http otherHost = Http.province(port, other).asAdmin();
        assertThat(otherHost.get(results).status()).as("the contest does not exist there").isEqualTo(404);
        assertThat(otherHost.post(disqualify, Map.of("reason", "thử")).status()).isEqualTo(404);
        assertThat(Http.province(port, province).asStaff("viewer").get(results).status()).isEqualTo(200);
        assertThat(Http.province(port, province).asStaff("viewer").post(disqualify, Map.of("reason", "thử")).status()).isEqualTo(403);
        assertThat(Http.province(port, province).asStaff("editor").post(disqualify, Map.of("reason", "thử")).status()).isEqualTo(403);
        assertThat(names(Http.province(port, province).asAdmin().get(results + "&group=CD").json())).contains("Bình");
        Http admin = Http.province(port, province).asAdmin();
        assertThat(admin.get(results.replace("round=1", "round=3")).status()).isEqualTo(404);
        assertThat(admin.get(results + "&group=XX").status()).isEqualTo(404);
        assertThat(admin.get(results + "&size=0").status()).isEqualTo(422);
        assertThat(admin.post("/api/v1/admin/contests/" + contest + "/contestants/" + UUID.randomUUID() + "/verify", null).status())
                .isEqualTo(404);
    }

    private void sit(String name, String group, int right, Long prediction, int extraSeconds) {
        String token = registerToken(name, group);
        Http me = Http.province(port, province).bearer(token);
        JsonNode attempt = me.post("/api/v1/contests/" + contest + "/attempts", null).json();
        ids.put(name, attempt.has("attemptId") ? contestantOf(attempt.get("attemptId").asString()) : null);
        Map<String, String> options = rightOptions(attempt);
        for (int i = 0; i < right; i++) {
            String question = attempt.at("/questions/" + i + "/id").asString();
            me.put("/api/v1/attempts/" + attempt.get("attemptId").asString() + "/answers/" + question,
                    Map.of("optionIds", List.of(options.get(question))));
        }
        TestClock.INSTANCE.advance(Duration.ofSeconds(extraSeconds));
        Map<String, Object> body = new HashMap<>();
        body.put("prediction", prediction);
        assertThat(me.post("/api/v1/attempts/" + attempt.get("attemptId").asString() + "/submit", body).status()).isEqualTo(200);
    }

    private String register(String name, String group) {
        registerToken(name, group);
        return inProvince(() -> jdbc.sql("select id::text from contestant where contest_id = ? and full_name = ?")
                .params(UUID.fromString(contest), name).query(String.class).single());
    }

    private String registerToken(String name, String group) {
        Http site = Http.province(port, province);
        Map<String, Object> body = ExamFixture.registration(person(name), "SNV");
        body.put("group", group);
        body.put("botCheck", ExamFixture.solve(site));
        Http.Reply reply = site.post("/api/v1/contests/" + contest + "/registrations", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("token").asString();
    }

    private String contestantOf(String attemptId) {
        return inProvince(() -> jdbc.sql("select contestant_id::text from attempt where id = ?")
                .param(UUID.fromString(attemptId)).query(String.class).single());
    }

    /** An exam of the round recorded after its close (as a late import or a repair would): 2 right of 5. */
    private void lateSubmission(String contestantId) {
        Instant at = TestClock.INSTANCE.instant();
        inProvince(() -> jdbc.sql("""
                insert into attempt (id, contest_id, contestant_id, round_index, number, status, started_at, deadline,
                    closes_at, writer, max_score, submitted_at, graded_at, score, correct_count, duration_ms, prediction)
                values (?, ?, ?, 0, 1, 'SUBMITTED', ?, ?, ?, 'late', 10, ?, ?, 4, 2, 60000, 6)""")
                .params(Uuids.v7(), UUID.fromString(contest), UUID.fromString(contestantId),
                        java.sql.Timestamp.from(at.minusSeconds(60)), java.sql.Timestamp.from(at), java.sql.Timestamp.from(at),
                        java.sql.Timestamp.from(at), java.sql.Timestamp.from(at))
                .update());
    }

    private <T> T inProvince(java.util.function.Supplier<T> work) {
        return TenantContext.call(tenants.find(province).orElseThrow(), work);
    }

    private List<String> boardNames() {
        JsonNode board = Http.province(port, province).get("/api/v1/contests/" + contest + "/leaderboard?round=1&group=CD").json();
        List<String> names = new ArrayList<>();
        board.get("entries").forEach(entry -> names.add(entry.get("name").asString()));
        return names;
    }

    /** The announcement reaches every node over Redis within moments: poll for at most a second. */
    private boolean boardEventually(java.util.function.Predicate<List<String>> condition) {
        Instant until = Instant.now().plusSeconds(1);
        do {
            if (condition.test(boardNames())) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        } while (Instant.now().isBefore(until));
        return false;
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("content").forEach(row -> names.add(row.get("name").asString()));
        return names;
    }

    private static List<String> prizes(JsonNode page) {
        List<String> prizes = new ArrayList<>();
        page.get("content").forEach(row -> prizes.add(row.get("prize").isNull() ? null : row.get("prize").asString()));
        return prizes;
    }

    private static boolean inComparatorOrder(JsonNode page) {
        List<RankedAttempt> rows = new ArrayList<>();
        page.get("content").forEach(row -> rows.add(new RankedAttempt(UUID.fromString(row.get("contestantId").asString()),
                row.at("/group/code").asString(), 0, row.get("score").asInt(), row.get("maxScore").asInt(),
                row.get("durationMs").asLong(), OffsetDateTime.parse(row.get("submittedAt").asString()).toInstant(),
                row.get("prediction").isNull() ? null : row.get("prediction").asLong(),
                row.get("predictionDistance").isNull() ? null : row.get("predictionDistance").asLong())));
        List<TieBreak> order = List.of(TieBreak.SCORE, TieBreak.PREDICTION, TieBreak.DURATION, TieBreak.SUBMITTED_AT);
        return rows.equals(rows.stream().sorted(Ranking.comparator(order)).toList());
    }

    /** The audit keeps before and after as JSON text. */
    private static JsonNode json(JsonNode text) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(text.asString());
    }

    private static JsonNode last(JsonNode audit, String action) {
        JsonNode found = null;
        for (JsonNode entry : audit) {
            if (entry.get("action").asString().equals(action)) {
                found = entry;
            }
        }
        assertThat(found).as(action + " in the audit trail").isNotNull();
        return found;
    }
}
