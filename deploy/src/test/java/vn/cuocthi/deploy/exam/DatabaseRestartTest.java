package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.CuocThiApplication;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;

/**
 * PostgreSQL restarted in the middle of an exam, under a second application context with a PostgreSQL of its own
 * (the shared test database is left alone): while it is down every request is a 503 with Retry-After, never a 500 or
 * a stack trace; when it is back the pool reconnects by itself and every acknowledged answer is in the grade.
 */
@IntegrationTest
class DatabaseRestartTest {

    @TempDir
    Path folder;

    @Test
    void duringARestartRequestsGet503AndAfterItTheExamGoesOnWithEveryAcknowledgedAnswer() throws Exception {
        int databasePort = freePort();
        EmbeddedPostgres database = start(databasePort);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CuocThiApplication.class)
                .properties("server.port=0",
                        "spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                        "spring.datasource.username=postgres",
                        // a request waits this long for a connection before its 503 (Hikari's default is 30 s)
                        "spring.datasource.hikari.connection-timeout=2000")
                .run()) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            ExamFixture.OpenContest open = ExamFixture.openContest(port, "khoidong", "Tỉnh Khởi Động Lại",
                    "Khởi động lại giữa giờ");
            String province = open.province();
            String contestId = open.contestId();
            Http site = Http.province(port, province);
            Http me = site.bearer(ExamFixture.register(site, contestId, ExamFixture.person("Lê Văn Khởi"), null));
            JsonNode attempt = me.post("/api/v1/contests/" + contestId + "/attempts", null).json();
            String attemptId = attempt.get("attemptId").asString();
            Map<String, String> right = ExamFixture.rightOptions(attempt);
            List<String> questions = new ArrayList<>();
            attempt.get("questions").forEach(question -> questions.add(question.get("id").asString()));
            for (String question : questions.subList(0, 3)) {
                assertThat(save(me, attemptId, question, right).status()).isEqualTo(200);
            }

            database.close(); // the outage: a fast shutdown, as a restart by the operator would do
            Http.Reply duringOutage = save(me, attemptId, questions.get(3), right);
            assertThat(duringOutage.status()).as(duringOutage.toString()).isEqualTo(503);
            assertThat(duringOutage.header("Retry-After")).isNotBlank();
            assertThat(duringOutage.json().get("code").asString()).isEqualTo("server.busy");
            Http.Reply page = site.get("/");
            assertThat(page.status()).as("a page during the outage").isEqualTo(503);
            for (Http.Reply reply : List.of(duringOutage, page, site.get("/api/v1/contests/" + contestId + "/leaderboard?round=1"))) {
                assertThat(reply.status()).isNotEqualTo(500);
                assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
            }

            database = start(databasePort);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            Http.Reply again = save(me, attemptId, questions.get(3), right);
            while (again.status() != 200 && Instant.now().isBefore(deadline)) {
                assertThat(again.status()).as(again.toString()).isEqualTo(503);
                Thread.sleep(250);
                again = save(me, attemptId, questions.get(3), right);
            }
            assertThat(again.status()).as("the pool reconnected by itself: " + again).isEqualTo(200);
            assertThat(save(me, attemptId, questions.get(4), right).status()).isEqualTo(200);

            Http.Reply submitted = me.post("/api/v1/attempts/" + attemptId + "/submit", Map.of());
            assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
            JdbcClient stored = JdbcClient.create(app.getBean(DataSource.class));
            assertThat(stored.sql("select correct_count from tenant_" + province + ".attempt where id = ?::uuid")
                    .param(attemptId).query(Integer.class).single())
                    .as("the three answers before and the two after the restart are graded").isEqualTo(5);
            assertThat(submitted.json().get("score").asInt()).as("two points a question").isEqualTo(10);
            assertThat(stored.sql("select count(*) from tenant_" + province + ".attempt_answer where attempt_id = ?::uuid")
                    .param(attemptId).query(Integer.class).single()).isEqualTo(5);
        } finally {
            database.close();
        }
    }

    private static Http.Reply save(Http me, String attemptId, String question, Map<String, String> right) {
        return me.put("/api/v1/attempts/" + attemptId + "/answers/" + question, Map.of("optionIds", List.of(right.get(question))));
    }

    private EmbeddedPostgres start(int port) throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(folder.resolve("postgres"))
                .setCleanDataDirectory(false).setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on")
                .start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
