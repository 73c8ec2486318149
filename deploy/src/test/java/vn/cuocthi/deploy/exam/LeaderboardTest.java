package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.deploy.exam.ExamFixture.contest;
import static vn.cuocthi.deploy.exam.ExamFixture.now;
import static vn.cuocthi.deploy.exam.ExamFixture.round;
import static vn.cuocthi.deploy.exam.ExamFixture.sit;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.deploy.support.TestClock;

/** Rankings follow the contest's tie-breaks, the prediction settles when the round's figure is final, and a rebuild gives the same order. */
@IntegrationTest
class LeaderboardTest {

    @LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void predictionSettlesTiesOnceTheRoundIsOverAndARebuildKeepsTheOrder() throws Exception {
        String province = Provinces.onboard(port, "xephang", "Tỉnh Xếp Hạng");
        Http staff = Http.province(port, province).asAdmin();
        ExamFixture.questions(staff, 10, province);
        ExamFixture.units(staff);
        OffsetDateTime end = now().plusMinutes(10);
        String contest = ExamFixture.publish(staff, contest("Dự đoán phân định", List.of(round("Tuần 1", now().minusDays(1), end)),
                Map.of("graceSeconds", 0)));
        Http site = Http.province(port, province);

        // D answers four right; A, B and C three each; B predicts the actual figure (4 participants) exactly
        sit(site, contest, "Đặng Văn Dũng", 4, 0L);
        sit(site, contest, "Âu Thị Ánh", 3, 100L);
        sit(site, contest, "Bạch Văn Bảo", 3, 4L);
        sit(site, contest, "Cao Thị Cúc", 3, null);

        JsonNode live = site.get("/api/v1/contests/" + contest + "/leaderboard?round=1").json();
        assertThat(live.get("predictionPending").asBoolean()).isTrue();
        assertThat(live.get("tieBreaks").toString()).isEqualTo("[\"SCORE\",\"PREDICTION\",\"DURATION\",\"SUBMITTED_AT\"]");
        List<JsonNode> entries = entries(live);
        assertThat(entries.getFirst().get("name").asString()).isEqualTo("Đặng V. D.");
        for (int i = 1; i < entries.size() - 1; i++) {
            // while the prediction is pending, equal scores go by duration
            assertThat(entries.get(i).get("durationMs").asLong()).isLessThanOrEqualTo(entries.get(i + 1).get("durationMs").asLong());
        }

        TestClock.INSTANCE.advanceTo(end.toInstant().plusMillis(2500)); // the round is over, past the read cache
        JsonNode settled = site.get("/api/v1/contests/" + contest + "/leaderboard?round=1").json();
        assertThat(settled.get("predictionPending").asBoolean()).isFalse();
        assertThat(settled.get("actualFigure").asLong()).isEqualTo(4);
        assertThat(names(settled)).containsExactly("Đặng V. D.", "Bạch V. B.", "Âu T. Á.", "Cao T. C.");
        assertThat(settled.at("/entries/1/predictionDistance").asLong()).isZero();
        assertThat(settled.at("/entries/2/predictionDistance").asLong()).isEqualTo(96);

        redis.execute((RedisCallback<Object>) connection -> {
            ((RedisConnection) connection).serverCommands().flushAll();
            return null;
        });
        TestClock.INSTANCE.advance(Duration.ofMillis(2100)); // past the board's read cache
        JsonNode rebuilt = site.get("/api/v1/contests/" + contest + "/leaderboard?round=1").json();
        assertThat(rebuilt.get("entries")).as("the same data gives the same order").isEqualTo(settled.get("entries"));
        JsonNode overall = site.get("/api/v1/contests/" + contest + "/leaderboard").json();
        assertThat(overall.get("round").isNull()).isTrue();
        assertThat(overall.get("entries").size()).isEqualTo(4);
        assertThat(site.get("/api/v1/contests/" + contest + "/leaderboard?round=2").status()).isEqualTo(404);
    }

    private static List<JsonNode> entries(JsonNode board) {
        List<JsonNode> entries = new ArrayList<>();
        board.get("entries").forEach(entries::add);
        return entries;
    }

    private static List<String> names(JsonNode board) {
        return entries(board).stream().map(entry -> entry.get("name").asString()).toList();
    }
}
