package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.deploy.exam.ExamFixture.contest;
import static vn.cuocthi.deploy.exam.ExamFixture.now;
import static vn.cuocthi.deploy.exam.ExamFixture.round;
import static vn.cuocthi.deploy.exam.ExamFixture.sit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.deploy.support.SecondProcess;
import vn.cuocthi.deploy.support.TestClock;

/**
 * Two application processes (two JVMs, so two different identity hash codes for every enum) on one PostgreSQL
 * and one Redis write and read the same live board: a grade on one node is on the other's board, and Redis holds
 * one board for the round, not one per JVM.
 */
@IntegrationTest
class TwoProcessLeaderboardTest {

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    StringRedisTemplate redis;

    SecondProcess second;

    @AfterEach
    void stop() throws InterruptedException {
        TestClock.INSTANCE.reset();
        if (second != null) {
            second.close();
        }
    }

    @Test
    void aGradeOnOneProcessIsOnTheOthersBoardAndBothReadOneBoard() throws Exception {
        String province = Provinces.onboard(port, "haitientrinh", "Tỉnh Hai Tiến Trình");
        Http staff = Http.province(port, province).asAdmin();
        ExamFixture.questions(staff, 10, province);
        ExamFixture.units(staff);
        String contest = ExamFixture.publish(staff, contest("Hai máy chủ, một bảng",
                List.of(round("Tuần 1", now().minusDays(1), now().plusDays(6))), Map.of()));
        Http first = Http.province(port, province);
        sit(first, contest, "Đoàn Văn Một", 5, null);
        sit(first, contest, "Đoàn Thị Hai", 3, null);
        assertThat(names(first, contest)).containsExactly("Đoàn V. M.", "Đoàn T. H.");

        second = SecondProcess.start(environment);
        Http other = Http.province(second.port(), province);
        sit(other, contest, "Đoàn Văn Ba", 4, null);

        assertThat(names(other, contest)).containsExactly("Đoàn V. M.", "Đoàn V. B.", "Đoàn T. H.");
        TestClock.INSTANCE.advance(Duration.ofSeconds(3)); // past this node's read cache
        assertThat(names(first, contest)).as("graded on the other process, on this one's board")
                .containsExactly("Đoàn V. M.", "Đoàn V. B.", "Đoàn T. H.");
        Set<String> keys = redis.keys("cuocthi:" + province + ":lb:" + contest + ":r0:everyone:*");
        assertThat(keys.stream().filter(key -> !key.endsWith(":m") && !key.endsWith(":built")).toList())
                .as("one board for the round whichever JVM wrote it").hasSize(1);
    }

    private static List<String> names(Http site, String contest) {
        JsonNode board = site.get("/api/v1/contests/" + contest + "/leaderboard?round=1").json();
        List<String> names = new ArrayList<>();
        board.get("entries").forEach(entry -> names.add(entry.get("name").asString()));
        return names;
    }
}
