package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.SecondProcess;
import vn.cuocthi.deploy.support.TestClock;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;
import vn.cuocthi.quizruntime.attempt.AttemptGraded;
import vn.cuocthi.quizruntime.attempt.OverdueAttempts;

/**
 * Opt-in ({@code -Dfaults=true}, a second JVM takes a minute or two to start): contestants sit their exams on a second
 * application process, which is killed with SIGKILL. Those who go on continue on this node with every acknowledged
 * answer; the attempts of those who left are finalized by this node, each exactly once.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "faults", matches = "true")
class KilledNodeTest {

    private static final int CONTESTANTS = 8;

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void contestantsOfAKilledNodeContinueHereAndTheLeftAttemptsAreFinalizedOnce() throws Exception {
        ExamFixture.OpenContest open = ExamFixture.openContest(port, "nutchet", "Tỉnh Nút Chết", "Một máy chủ bị tắt");
        String province = open.province();
        Http here = Http.province(port, province);
        List<String> tokens = new ArrayList<>();
        List<JsonNode> attempts = new ArrayList<>();
        try (SecondProcess second = SecondProcess.start(environment)) {
            Http there = Http.province(second.port(), province);
            for (int i = 0; i < CONTESTANTS; i++) {
                String token = ExamFixture.register(there, open.contestId(),
                        ExamFixture.person("Thí Sinh Chết " + (char) ('A' + i)), null);
                JsonNode attempt = there.bearer(token).post("/api/v1/contests/" + open.contestId() + "/attempts", null).json();
                saveRight(there.bearer(token), attempt, 0, 2);
                tokens.add(token);
                attempts.add(attempt);
            }
            second.kill();
        }

        Set<String> graded = ConcurrentHashMap.newKeySet();
        List<String> gradedTwice = new ArrayList<>();
        ApplicationListener<PayloadApplicationEvent<AttemptGraded>> counter = event -> {
            if (!graded.add(event.getPayload().attemptId().toString())) {
                gradedTwice.add(event.getPayload().attemptId().toString());
            }
        };
        context.addApplicationListener(counter);
        for (int i = 0; i < CONTESTANTS / 2; i++) {
            Http me = here.bearer(tokens.get(i));
            String attemptId = attempts.get(i).get("attemptId").asString();
            JsonNode resumed = me.get("/api/v1/attempts/" + attemptId).json();
            assertThat(resumed.get("answers").size()).as("the answers acknowledged by the killed node").isEqualTo(2);
            saveRight(me, attempts.get(i), 2, 3);
            assertThat(me.post("/api/v1/attempts/" + attemptId + "/submit", Map.of()).status()).isEqualTo(200);
        }
        TestClock.INSTANCE.advance(Duration.ofSeconds(1200 + 5)); // past every deadline
        var tenant = context.getBean(TenantRegistry.class).find(province).orElseThrow();
        for (int pass = 0; pass < 3; pass++) { // the scheduler runs too; extra passes must change nothing
            TenantContext.call(tenant, () -> context.getBean(OverdueAttempts.class).finalizeOverdue());
        }

        List<Integer> counts = new ArrayList<>();
        for (JsonNode attempt : attempts) {
            counts.add(jdbc.sql("select correct_count from tenant_" + province + ".attempt where id = ?::uuid")
                    .param(attempt.get("attemptId").asString()).query(Integer.class).single());
        }
        assertThat(counts).as("who went on: 2 + 1 answers; who left: the 2 acknowledged before the kill")
                .containsExactly(3, 3, 3, 3, 2, 2, 2, 2);
        assertThat(graded).hasSize(CONTESTANTS);
        assertThat(gradedTwice).as("graded more than once").isEmpty();
        TestClock.INSTANCE.advance(Duration.ofSeconds(3)); // past the board's read cache
        assertThat(here.get("/api/v1/contests/" + open.contestId() + "/leaderboard?round=1&limit=50").json()
                .get("entries").size()).isEqualTo(CONTESTANTS);
    }

    private static void saveRight(Http me, JsonNode attempt, int from, int to) {
        Map<String, String> right = ExamFixture.rightOptions(attempt);
        for (int i = from; i < to; i++) {
            String question = attempt.at("/questions/" + i + "/id").asString();
            Http.Reply saved = me.put("/api/v1/attempts/" + attempt.get("attemptId").asString() + "/answers/" + question,
                    Map.of("optionIds", List.of(right.get(question))));
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        }
    }
}
