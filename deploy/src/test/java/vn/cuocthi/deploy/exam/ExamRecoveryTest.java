package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.deploy.exam.ExamFixture.contest;
import static vn.cuocthi.deploy.exam.ExamFixture.now;
import static vn.cuocthi.deploy.exam.ExamFixture.person;
import static vn.cuocthi.deploy.exam.ExamFixture.register;
import static vn.cuocthi.deploy.exam.ExamFixture.rightOptions;
import static vn.cuocthi.deploy.exam.ExamFixture.round;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.CuocThiApplication;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.deploy.support.TestClock;
import vn.cuocthi.platformcore.tenancy.Tenant;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;
import vn.cuocthi.quizruntime.attempt.AttemptGraded;
import vn.cuocthi.quizruntime.attempt.OverdueAttempts;
import vn.cuocthi.quizruntime.leaderboard.LeaderboardReconciliation;

/**
 * The server's deadline, the overdue finalizer on several nodes, and Redis losing its data in the middle of an
 * exam: no acknowledged answer is lost, and the leaderboard comes back from PostgreSQL.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExamRecoveryTest {

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    StringRedisTemplate redis;

    String province;
    String other;

    @BeforeAll
    void provinces() {
        province = Provinces.onboard(port, "hoiphuc", "Tỉnh Hồi Phục");
        other = Provinces.onboard(port, "bentrai", "Tỉnh Bên Trái");
        for (String slug : List.of(province, other)) {
            ExamFixture.questions(Http.province(port, slug).asAdmin(), 10, slug);
            ExamFixture.units(Http.province(port, slug).asAdmin());
        }
    }

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    Http site() {
        return Http.province(port, province);
    }

    /**
     * A contest whose only round ends {@code seconds} from now: every exam's deadline is the round's end. Tests
     * move the application's clock past it rather than wait.
     */
    String endingSoon(String name, int seconds) {
        Map<String, Object> contest = new java.util.HashMap<>(contest(name,
                List.of(round("Vòng cuối", now().minusDays(1), now().plusSeconds(seconds))), Map.of("graceSeconds", 0)));
        contest.put("prediction", Map.of("question", "Có bao nhiêu người dự thi?", "measure", "PARTICIPANTS", "required", true));
        return ExamFixture.publish(Http.province(port, province).asAdmin(), contest);
    }

    @Test
    void theDeadlineIsTheServersAndSavedAnswersCountAfterIt() throws Exception {
        String contest = endingSoon("Hết giờ", 600);
        Http finisher = site().bearer(register(site(), contest, person("Lý Văn Mạnh"), null));
        Http leaver = site().bearer(register(site(), contest, person("Mai Thị Ngọc"), null));
        JsonNode finishing = finisher.post("/api/v1/contests/" + contest + "/attempts", null).json();
        JsonNode leaving = leaver.post("/api/v1/contests/" + contest + "/attempts", null).json();
        assertThat(finishing.get("secondsLeft").asLong()).as("clipped to the round's end").isBetween(1L, 600L);
        answerRight(finisher, finishing, 2);
        answerRight(leaver, leaving, 3);
        Http forgetful = site().bearer(register(site(), contest, person("Quách Văn Quên"), null));
        JsonNode forgetting = forgetful.post("/api/v1/contests/" + contest + "/attempts", null).json();
        answerRight(forgetful, forgetting, 1);
        String forgettingSubmit = "/api/v1/attempts/" + forgetting.get("attemptId").asString() + "/submit";
        Http.Reply noPrediction = forgetful.post(forgettingSubmit, Map.of());
        assertThat(noPrediction.status()).as("the prediction is required while there is time").isEqualTo(422);
        assertThat(noPrediction.json().at("/errors/0/field").asString()).isEqualTo("prediction");

        // the page's countdown can ask the server again (after a phone slept) without taking the exam over
        Http.Reply clock = finisher.header("X-Attempt-Tab", "another").get("/api/v1/attempts/" + finishing.get("attemptId").asString() + "/clock");
        assertThat(clock.status()).isEqualTo(200);
        assertThat(clock.json().get("secondsLeft").asLong()).isBetween(0L, finishing.get("secondsLeft").asLong());
        assertThat(finisher.put("/api/v1/attempts/" + finishing.get("attemptId").asString() + "/answers/"
                + finishing.at("/questions/2/id").asString(), Map.of("optionIds", List.of())).status()).isEqualTo(200);

        Instant deadline = Instant.parse(finishing.get("deadline").asString());
        TestClock.INSTANCE.advanceTo(deadline.plusMillis(300));
        String question = finishing.at("/questions/4/id").asString();
        Http.Reply late = finisher.put("/api/v1/attempts/" + finishing.get("attemptId").asString() + "/answers/" + question,
                Map.of("optionIds", List.of(rightOptions(finishing).get(question))));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("code").asString()).isEqualTo("attempt.deadlinePassed");

        // a submit after the deadline counts the saved answers, not the late one
        Http.Reply submitted = finisher.post("/api/v1/attempts/" + finishing.get("attemptId").asString() + "/submit",
                Map.of("prediction", 5));
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().get("score").asInt()).isEqualTo(4);

        // when time is up, a submit without the required prediction still counts the saved answers
        Http.Reply lateWithout = forgetful.post(forgettingSubmit, Map.of());
        assertThat(lateWithout.status()).as(lateWithout.toString()).isEqualTo(200);
        assertThat(lateWithout.json().get("score").asInt()).isEqualTo(2);

        // the one who left is finalized by the server with the saved answers
        String leavingId = leaving.get("attemptId").asString();
        JsonNode result = awaitResult(leaver, leavingId);
        assertThat(result.get("status").asString()).isEqualTo("EXPIRED");
        assertThat(result.get("score").asInt()).isEqualTo(6);
        assertThat(result.get("submittedAt").asString()).isEqualTo(leaving.get("deadline").asString());
    }

    @Test
    void overdueAttemptsAreFinalizedExactlyOnceWithTwoNodes() throws Exception {
        String contest = endingSoon("Hai máy chủ", 600);
        int count = 12;
        String firstToken = null;
        JsonNode firstAttempt = null;
        for (int i = 0; i < count; i++) {
            String token = register(site(), contest, person("Thí Sinh Số " + (char) ('A' + i)), null);
            Http contestant = site().bearer(token);
            JsonNode attempt = contestant.post("/api/v1/contests/" + contest + "/attempts", null).json();
            answerRight(contestant, attempt, i % 5);
            if (firstToken == null) {
                firstToken = token;
                firstAttempt = attempt;
            }
        }
        AtomicInteger graded = new AtomicInteger();
        ApplicationListener<PayloadApplicationEvent<AttemptGraded>> counter = event -> {
            if (event.getPayload().contestId().toString().equals(contest)) {
                graded.incrementAndGet();
            }
        };
        context.addApplicationListener(counter);
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(CuocThiApplication.class, TestClock.Config.class)
                .properties("server.port=0", "cuocthi.attempts.finalize-every=1s").run()) {
            second.addApplicationListener(counter);
            // the node that served the exam is gone for this contestant: another node brings it back as it was
            int secondPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
            JsonNode resumed = Http.province(secondPort, province).bearer(firstToken)
                    .get("/api/v1/attempts/" + firstAttempt.get("attemptId").asString()).json();
            assertThat(resumed.get("questions")).isEqualTo(firstAttempt.get("questions"));
            assertThat(resumed.get("deadline").asString()).isEqualTo(firstAttempt.get("deadline").asString());
            Tenant tenant = context.getBean(TenantRegistry.class).find(province).orElseThrow();
            awaitRoundEnd(contest);
            // both nodes' schedulers run every second; two more explicit passes race them
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> TenantContext.call(tenant,
                    () -> context.getBean(OverdueAttempts.class).finalizeOverdue()));
            CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> TenantContext.call(tenant,
                    () -> second.getBean(OverdueAttempts.class).finalizeOverdue()));
            first.get();
            other.get();
            Thread.sleep(2500);
        }
        assertThat(graded.get()).as("each overdue attempt graded once, whichever node did it").isEqualTo(count);
        JsonNode stats = site().get("/api/v1/contests/" + contest + "/statistics/units").json();
        assertThat(stats.get("participants").asInt()).as("contestants without a unit are not in a unit's count").isZero();
        JsonNode board = site().get("/api/v1/contests/" + contest + "/leaderboard?limit=50").json();
        assertThat(board.get("entries").size()).isEqualTo(count);
        assertThat(board.at("/entries/0/score").asInt()).isEqualTo(8);
    }

    @Test
    void redisLosingItsDataMidExamLosesNoAnswerAndTheLeaderboardIsRebuilt() throws Exception {
        String contest = ExamFixture.publish(Http.province(port, province).asAdmin(), contest("Mất dữ liệu Redis",
                List.of(round("Tuần 1", now().minusDays(1), now().plusDays(6))), Map.of()));
        Http best = site().bearer(register(site(), contest, person("Nguyễn Văn An"), "SNV"));
        Http second = site().bearer(register(site(), contest, person("Trần Thị Bích Chi"), "XA"));
        Http midway = site().bearer(register(site(), contest, person("Lê Minh"), "XA"));
        sit(best, contest, 5);
        sit(second, contest, 3);
        JsonNode inProgress = midway.post("/api/v1/contests/" + contest + "/attempts", null).json();
        answerRight(midway, inProgress, 2);

        JsonNode before = site().get("/api/v1/contests/" + contest + "/leaderboard").json();
        assertThat(names(before)).containsExactly("Nguyễn V. A.", "Trần T. B. C.");

        redis.execute((org.springframework.data.redis.core.RedisCallback<Object>) connection -> {
            connection.serverCommands().flushAll();
            return null;
        });
        assertThat(redis.keys("cuocthi:" + province + ":lb:*")).isEmpty();

        // every acknowledged answer is still there, and the exam goes on
        String attemptId = inProgress.get("attemptId").asString();
        JsonNode resumed = midway.get("/api/v1/attempts/" + attemptId).json();
        assertThat(resumed.get("answers").size()).isEqualTo(2);
        String fifth = inProgress.at("/questions/4/id").asString();
        assertThat(midway.put("/api/v1/attempts/" + attemptId + "/answers/" + fifth,
                Map.of("optionIds", List.of(rightOptions(inProgress).get(fifth)))).status()).isEqualTo(200);
        // equal scores go by duration: make this exam surely the longer one, whatever the machine's speed
        TestClock.INSTANCE.advance(Duration.ofSeconds(5));
        assertThat(midway.post("/api/v1/attempts/" + attemptId + "/submit", Map.of()).json().get("score").asInt()).isEqualTo(6);

        TestClock.INSTANCE.advance(Duration.ofMillis(2100)); // past the board's read cache
        JsonNode after = site().get("/api/v1/contests/" + contest + "/leaderboard").json();
        assertThat(names(after)).containsExactly("Nguyễn V. A.", "Trần T. B. C.", "Lê M.");
        assertThat(after.at("/entries/0/score").asInt()).isEqualTo(10);
        assertThat(after.at("/entries/0/unit").asString()).isEqualTo("Sở Nội vụ");
        assertThat(after.toString()).doesNotContain("Nguyễn Văn An").doesNotContain("cccd").doesNotContain("phone");
        assertThat(redis.keys("cuocthi:" + province + ":lb:*")).as("rebuilt in Redis").isNotEmpty();

        JsonNode units = site().get("/api/v1/contests/" + contest + "/statistics/units").json();
        JsonNode xa = units.get("units").get(1);
        assertThat(xa.get("code").asString()).isEqualTo("XA");
        assertThat(xa.get("participants").asInt()).isEqualTo(2);
        assertThat(xa.get("headcount").asInt()).isEqualTo(10);
        assertThat(xa.get("participationRate").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(xa.get("averageScore").decimalValue()).isEqualByComparingTo("6.00");

        // another province's board and statistics know nothing of this contest
        assertThat(Http.province(port, other).get("/api/v1/contests/" + contest + "/leaderboard").status()).isEqualTo(404);
        assertThat(Http.province(port, other).get("/api/v1/contests/" + contest + "/statistics/units").status()).isEqualTo(404);
    }

    @Test
    void aGradeWhoseBoardWriteWasLostReachesTheBoardAtTheNextReconciliation() {
        String contest = ExamFixture.publish(Http.province(port, province).asAdmin(), contest("Ghi bảng bị mất",
                List.of(round("Tuần 1", now().minusDays(1), now().plusDays(6))), Map.of()));
        sit(site().bearer(register(site(), contest, person("Hà Văn Sớm"), null)), contest, 4);
        assertThat(names(site().get("/api/v1/contests/" + contest + "/leaderboard?round=1").json())).containsExactly("Hà V. S.");
        sit(site().bearer(register(site(), contest, person("Hà Thị Mất"), null)), contest, 5);

        // as if the after-commit write to Redis had failed: the 10-point grade is on none of the contest's boards
        for (String members : redis.keys("cuocthi:" + province + ":lb:" + contest + ":*:m")) {
            String board = members.substring(0, members.length() - 2);
            redis.opsForHash().entries(members).forEach((contestant, member) -> {
                if (member.toString().split("\\|")[4].equals("10")) {
                    redis.opsForZSet().remove(board, member);
                    redis.opsForHash().delete(members, contestant);
                }
            });
        }
        TestClock.INSTANCE.advance(Duration.ofMillis(2100)); // past the board's read cache
        assertThat(names(site().get("/api/v1/contests/" + contest + "/leaderboard?round=1").json())).containsExactly("Hà V. S.");

        context.getBean(LeaderboardReconciliation.class).reconcileAll();
        TestClock.INSTANCE.advance(Duration.ofMillis(2100));
        assertThat(names(site().get("/api/v1/contests/" + contest + "/leaderboard?round=1").json()))
                .containsExactly("Hà T. M.", "Hà V. S.");
        assertThat(names(site().get("/api/v1/contests/" + contest + "/leaderboard").json())).containsExactly("Hà T. M.", "Hà V. S.");
    }

    private static List<String> names(JsonNode board) {
        List<String> names = new ArrayList<>();
        board.get("entries").forEach(entry -> names.add(entry.get("name").asString()));
        return names;
    }

    private static void sit(Http contestant, String contest, int right) {
        JsonNode attempt = contestant.post("/api/v1/contests/" + contest + "/attempts", null).json();
        answerRight(contestant, attempt, right);
        assertThat(contestant.post("/api/v1/attempts/" + attempt.get("attemptId").asString() + "/submit", Map.of()).status())
                .isEqualTo(200);
    }

    private static void answerRight(Http contestant, JsonNode attempt, int count) {
        Map<String, String> right = rightOptions(attempt);
        for (int i = 0; i < count; i++) {
            String question = attempt.at("/questions/" + i + "/id").asString();
            Http.Reply saved = contestant.put("/api/v1/attempts/" + attempt.get("attemptId").asString() + "/answers/" + question,
                    Map.of("optionIds", List.of(right.get(question))));
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        }
    }

    private JsonNode awaitResult(Http contestant, String attemptId) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(until)) {
            Http.Reply reply = contestant.get("/api/v1/attempts/" + attemptId + "/result");
            if (reply.status() == 200) {
                return reply.json();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("attempt " + attemptId + " was not finalized");
    }

    private void awaitRoundEnd(String contest) {
        JsonNode detail = site().get("/api/v1/contests/" + contest).json();
        Instant end = java.time.OffsetDateTime.parse(detail.at("/rounds/0/endsAt").asString()).toInstant();
        TestClock.INSTANCE.advanceTo(end.plusMillis(200));
    }
}
