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

    @Test
    void anOverloadedStartGets503WithRetryAfterAndPositionWhileAutosavesGoOn() throws Exception {
        String province = Provinces.onboard(port, "hangcho", "Tỉnh Hàng Chờ");
        Http staff = Http.province(port, province).asAdmin();
        ExamFixture.questions(staff, 5, province);
        ExamFixture.units(staff);
        String contestId = ExamFixture.publish(staff, contest("Hàng chờ", List.of(round("Tuần 1", now().minusDays(1),
                now().plusDays(1))), Map.of("questionCount", 5)));
        Http site = Http.province(port, province);
        Http early = site.bearer(register(site, contestId, person("Lê Văn Sớm"), null));
        Http late = site.bearer(register(site, contestId, person("Trần Thị Muộn"), null));
        JsonNode inProgress = early.post("/api/v1/contests/" + contestId + "/attempts", null).json();

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
}
