package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import redis.embedded.RedisServer;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.CuocThiApplication;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;

/**
 * Redis stopped mid-exam and started again empty, under a second node with a Redis of its own (the shared test Redis
 * is left alone) on the shared database: no acknowledged answer is lost, and sign-in, the exam and the board work
 * again without restarting the node (the board through the reconciliation).
 */
@IntegrationTest
class RedisRestartTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRedisThatComesBackEmptyLosesNoAnswerAndEverythingRecovers() throws Exception {
        ExamFixture.OpenContest open = ExamFixture.openContest(port, "redis", "Tỉnh Mất Bộ Nhớ", "Redis khởi động lại");
        String province = open.province();
        String contestId = open.contestId();
        int redisPort = freePort();
        RedisServer redis = RedisServer.newRedisServer().port(redisPort).setting("bind 127.0.0.1").setting("save \"\"")
                .setting("appendonly no").build();
        redis.start();
        try (ConfigurableApplicationContext node = new SpringApplicationBuilder(CuocThiApplication.class)
                .properties("server.port=0", "spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + redisPort,
                        "spring.data.redis.timeout=1s", "cuocthi.leaderboard.reconcile-every=1s")
                .run()) {
            int nodePort = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
            Http site = Http.province(nodePort, province);
            ExamFixture.Person person = ExamFixture.person("Phan Văn Nhớ");
            Http me = site.bearer(ExamFixture.register(site, contestId, person, null));
            JsonNode attempt = me.post("/api/v1/contests/" + contestId + "/attempts", null).json();
            String attemptId = attempt.get("attemptId").asString();
            Map<String, String> right = ExamFixture.rightOptions(attempt);
            List<String> questions = new ArrayList<>();
            attempt.get("questions").forEach(question -> questions.add(question.get("id").asString()));
            List<String> acknowledged = new ArrayList<>();
            for (String question : questions.subList(0, 2)) {
                assertThat(save(me, attemptId, question, right).status()).isEqualTo(200);
                acknowledged.add(question);
            }

            redis.stop();
            for (String question : questions.subList(2, 3)) {
                Http.Reply reply = save(me, attemptId, question, right);
                assertThat(reply.status()).as("an autosave while Redis is down: " + reply).isIn(200, 503);
                if (reply.status() == 200) {
                    acknowledged.add(question);
                }
            }

            redis.start(); // empty: nothing was saved
            for (String question : questions.subList(3, 5)) {
                assertThat(awaitOk(() -> save(me, attemptId, question, right)).status()).isEqualTo(200);
                acknowledged.add(question);
            }
            Http.Reply signIn = awaitOk(() -> site.post("/api/v1/auth/login", Map.of("login", person.phone(),
                    "password", "mat-khau-" + person.cccd())));
            assertThat(signIn.status()).as("sign-in after Redis came back: " + signIn).isEqualTo(200);
            Http.Reply submitted = awaitOk(() -> me.post("/api/v1/attempts/" + attemptId + "/submit", Map.of()));
            assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);

            assertThat(jdbc.sql("select correct_count from tenant_" + province + ".attempt where id = ?::uuid")
                    .param(attemptId).query(Integer.class).single()).as("every acknowledged answer graded")
                    .isEqualTo(acknowledged.size());
            Http.Reply board = awaitOk(() -> {
                Http.Reply reply = site.get("/api/v1/contests/" + contestId + "/leaderboard?round=1");
                return reply.status() == 200 && reply.json().get("entries").size() == 1 ? reply
                        : new Http.Reply(599, reply.body(), reply.response(), reply.bytes());
            });
            assertThat(board.json().at("/entries/0/name").asString()).isEqualTo("Phan V. N.");
        } finally {
            redis.stop();
        }
    }

    private static Http.Reply save(Http me, String attemptId, String question, Map<String, String> right) {
        return me.put("/api/v1/attempts/" + attemptId + "/answers/" + question, Map.of("optionIds", List.of(right.get(question))));
    }

    private static Http.Reply awaitOk(java.util.function.Supplier<Http.Reply> request) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        Http.Reply reply = request.get();
        while (reply.status() != 200 && Instant.now().isBefore(deadline)) {
            assertThat(reply.status()).as("never a 500: " + reply).isNotEqualTo(500);
            Thread.sleep(250);
            reply = request.get();
        }
        return reply;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
