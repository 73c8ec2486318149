package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.deploy.exam.ExamFixture.contest;
import static vn.cuocthi.deploy.exam.ExamFixture.now;
import static vn.cuocthi.deploy.exam.ExamFixture.person;
import static vn.cuocthi.deploy.exam.ExamFixture.register;
import static vn.cuocthi.deploy.exam.ExamFixture.rightOptions;
import static vn.cuocthi.deploy.exam.ExamFixture.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.quizruntime.leaderboard.Names;

/**
 * The deadline rush in small: the submissions of two provinces held to one instant, graded in their province's
 * group commit, the board's reads in a transaction of their own: every grade and attempts-left figure is right, a
 * second submit returns the same grade, and each province's board holds exactly its own contestants.
 */
@IntegrationTest
class SubmitRushTest {

    private static final int PER_PROVINCE = 5;

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Test
    void submissionsHeldToOneInstantAreGradedRightAndEachReachesItsOwnProvincesBoard() throws Exception {
        List<Sitting> sittings = new ArrayList<>();
        sittings.addAll(seat("Tỉnh Nộp Bài", List.of("Lê Văn An", "Lê Thị Bích", "Lê Văn Cường", "Lê Thị Dung", "Lê Văn Em")));
        sittings.addAll(seat("Tỉnh Chốt Giờ", List.of("Phạm Văn Giang", "Phạm Thị Hoa", "Phạm Văn Khoa", "Phạm Thị Lan",
                "Phạm Văn Minh")));

        DistributionSummary batches = meters.get("cuocthi.submit.batch").summary();
        double before = batches.totalAmount();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Http.Reply>> replies = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Sitting sitting : sittings) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return sitting.me().post("/api/v1/attempts/" + sitting.attemptId() + "/submit", Map.of());
                }));
            }
            go.countDown();
            for (int i = 0; i < sittings.size(); i++) {
                Sitting sitting = sittings.get(i);
                Http.Reply reply = replies.get(i).get();
                assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                assertThat(reply.json().get("correctCount").asInt()).as(sitting.name()).isEqualTo(sitting.right());
                assertThat(reply.json().get("score").asInt()).as(sitting.name()).isEqualTo(2 * sitting.right());
                assertThat(reply.json().get("attemptsLeft").asInt()).as("3 a round, 1 used").isEqualTo(2);
            }
        }
        assertThat(batches.totalAmount() - before).as("every submission went through its province's group commit")
                .isEqualTo(sittings.size());
        for (Sitting sitting : sittings) {
            JsonNode again = sitting.me().post("/api/v1/attempts/" + sitting.attemptId() + "/submit", Map.of()).json();
            assertThat(again.get("score").asInt()).as("submitted again: the same grade").isEqualTo(2 * sitting.right());
        }

        for (Sitting first : List.of(sittings.getFirst(), sittings.getLast())) {
            List<String> expected = sittings.stream().filter(s -> s.province().equals(first.province()))
                    .sorted((a, b) -> Integer.compare(b.right(), a.right())).map(s -> Names.mask(s.name())).toList();
            JsonNode board = first.site().get("/api/v1/contests/" + first.contest() + "/leaderboard?round=1").json();
            List<String> names = new ArrayList<>();
            board.get("entries").forEach(entry -> names.add(entry.get("name").asString()));
            assertThat(names).as("the board of " + first.province() + ": its own five, best first").isEqualTo(expected);
        }
    }

    /** A new province with an open contest; each contestant starts and answers a different number right (0 to 4). */
    private List<Sitting> seat(String provinceName, List<String> names) {
        String province = Provinces.onboard(port, "nopbai", provinceName);
        Http staff = Http.province(port, province).asAdmin();
        ExamFixture.questions(staff, 10, province);
        ExamFixture.units(staff);
        String contest = ExamFixture.publish(staff, contest("Cuộc thi nộp bài",
                List.of(round("Tuần 1", now().minusDays(1), now().plusDays(6))), Map.of()));
        Http site = Http.province(port, province);
        List<Sitting> sittings = new ArrayList<>();
        for (int i = 0; i < PER_PROVINCE; i++) {
            Http me = site.bearer(register(site, contest, person(names.get(i)), null));
            JsonNode attempt = me.post("/api/v1/contests/" + contest + "/attempts", null).json();
            Map<String, String> options = rightOptions(attempt);
            int right = PER_PROVINCE - 1 - i;
            for (int q = 0; q < right; q++) {
                String question = attempt.at("/questions/" + q + "/id").asString();
                Http.Reply saved = me.put("/api/v1/attempts/" + attempt.get("attemptId").asString() + "/answers/" + question,
                        Map.of("optionIds", List.of(options.get(question))));
                assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            }
            sittings.add(new Sitting(province, site, contest, names.get(i), me, attempt.get("attemptId").asString(), right));
        }
        return sittings;
    }

    private record Sitting(String province, Http site, String contest, String name, Http me, String attemptId, int right) {
    }
}
