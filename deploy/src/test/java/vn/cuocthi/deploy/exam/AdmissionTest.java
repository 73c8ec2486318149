package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.deploy.exam.ExamFixture.contest;
import static vn.cuocthi.deploy.exam.ExamFixture.now;
import static vn.cuocthi.deploy.exam.ExamFixture.person;
import static vn.cuocthi.deploy.exam.ExamFixture.register;
import static vn.cuocthi.deploy.exam.ExamFixture.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.platformcore.admission.NodeDoor;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.quizruntime.admission.Admission;

/**
 * The starts' waiting room: while every start slot is taken, a new start waits its bounded time and is then told
 * to come back (503 server.busy, Retry-After, its queue position), never answered with a 500; an exam already in
 * progress keeps autosaving meanwhile; once a slot is free the same start goes through.
 */
@IntegrationTest
class AdmissionTest {

    @LocalServerPort
    int port;

    @Autowired
    Admission admission;

    @Autowired
    NodeDoor door;

    @Test
    void anOverloadedStartGets503WithRetryAfterAndPositionWhileAutosavesGoOn() throws Exception {
        TwoContestants exam = twoContestants("hangcho", "Tỉnh Hàng Chờ");
        String contestId = exam.contestId();
        Http early = exam.early();
        Http late = exam.late();
        JsonNode inProgress = exam.inProgress();

        CountDownLatch release = new CountDownLatch(1);
        List<Thread> holders = new ArrayList<>();
        int slots = admission.starts().inFlight();
        CountDownLatch held = new CountDownLatch(slots);
        for (int i = 0; i < slots; i++) {
            holders.add(Thread.ofVirtual().start(() -> admission.starts().enter(() -> {
                held.countDown();
                try {
                    return release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            })));
        }
        try {
            assertThat(held.await(10, TimeUnit.SECONDS)).as("every start slot taken").isTrue();
            String question = inProgress.at("/questions/0/id").asString();
            String option = inProgress.at("/questions/0/options/0/id").asString();
            Http.Reply saved = early.put("/api/v1/attempts/" + inProgress.get("attemptId").asString() + "/answers/" + question,
                    Map.of("optionIds", List.of(option)));
            assertThat(saved.status()).as("autosaves have a budget of their own").isEqualTo(200);

            Http.Reply refused = late.post("/api/v1/contests/" + contestId + "/attempts", null);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 30L);
            JsonNode problem = refused.json();
            assertThat(problem.get("code").asString()).isEqualTo("server.busy");
            assertThat(problem.get("position").asInt()).isEqualTo(1);
            assertThat(problem.get("title").asString()).isEqualTo("Hệ thống đang bận");
        } finally {
            release.countDown();
            for (Thread holder : holders) {
                holder.join(10_000);
            }
        }
        Http.Reply started = late.post("/api/v1/contests/" + contestId + "/attempts", null);
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
    }

    /**
     * The node's door: once the node holds its new-work bound, a new start (and a page) is refused at once with 503
     * server.busy and Retry-After, changing nothing, while an exam in progress still autosaves; at the full bound
     * the autosave is refused too (the page resends it); once requests leave, both go through. Two provinces: the
     * door is the node's, not a province's. The held requests are taken through the door itself, as requests
     * waiting inside the node would be.
     */
    @Test
    void theNodesDoorRefusesNewWorkFirstAndExamsUnderWayLast() {
        TwoContestants exam = twoContestants("cuavao", "Tỉnh Cửa Vào");
        String other = Provinces.onboard(port, "cuara", "Tỉnh Cửa Ra");
        String contestId = exam.contestId();
        Http early = exam.early();
        Http late = exam.late();
        JsonNode inProgress = exam.inProgress();
        String answers = "/api/v1/attempts/" + inProgress.get("attemptId").asString() + "/answers/"
                + inProgress.at("/questions/0/id").asString();
        Map<String, Object> choice = Map.of("optionIds", List.of(inProgress.at("/questions/0/options/0/id").asString()));

        int held = 0;
        try {
            while (door.inFlight() < door.newWorkLimit()) {
                assertThat(door.enter(true)).isZero();
                held++;
            }
            Http.Reply refused = late.post("/api/v1/contests/" + contestId + "/attempts", null);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 30L);
            assertThat(refused.json().get("code").asString()).isEqualTo("server.busy");
            assertThat(refused.json().get("title").asString()).isEqualTo("Hệ thống đang bận");
            Http.Reply page = Http.province(port, other).header("Accept", "text/html").get("/");
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.body()).contains("Hệ thống đang bận");
            assertThat(Http.province(port, other).get("/actuator/health/readiness").status())
                    .as("a busy node stays ready").isEqualTo(200);
            assertThat(early.put(answers, choice).status()).as("an exam under way passes new work's bound").isEqualTo(200);

            while (door.inFlight() < door.limit()) {
                assertThat(door.enter(true)).isZero();
                held++;
            }
            Http.Reply full = early.put(answers, choice);
            assertThat(full.status()).as(full.toString()).isEqualTo(503);
            assertThat(full.header("Retry-After")).isNotNull();
        } finally {
            for (int i = 0; i < held; i++) {
                door.leave();
            }
        }
        assertThat(late.get("/api/v1/contests/" + contestId + "/attempts").json().get("attempts").size())
                .as("the refused start made no attempt").isZero();
        assertThat(early.put(answers, choice).status()).isEqualTo(200);
        assertThat(late.post("/api/v1/contests/" + contestId + "/attempts", null).status()).isEqualTo(201);
    }

    /** A province with an open contest, one contestant with an exam in progress and one not yet started. */
    private TwoContestants twoContestants(String slug, String name) {
        String province = Provinces.onboard(port, slug, name);
        Http staff = Http.province(port, province).asAdmin();
        ExamFixture.questions(staff, 5, province);
        ExamFixture.units(staff);
        String contestId = ExamFixture.publish(staff, contest(name, List.of(round("Tuần 1", now().minusDays(1),
                now().plusDays(1))), Map.of("questionCount", 5)));
        Http site = Http.province(port, province);
        Http early = site.bearer(register(site, contestId, person("Lê Văn Sớm"), null));
        Http late = site.bearer(register(site, contestId, person("Trần Thị Muộn"), null));
        return new TwoContestants(contestId, early, late, early.post("/api/v1/contests/" + contestId + "/attempts", null).json());
    }

    private record TwoContestants(String contestId, Http early, Http late, JsonNode inProgress) {
    }
}
