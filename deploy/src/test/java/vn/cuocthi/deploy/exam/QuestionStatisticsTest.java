package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.deploy.exam.ExamFixture.contest;
import static vn.cuocthi.deploy.exam.ExamFixture.now;
import static vn.cuocthi.deploy.exam.ExamFixture.person;
import static vn.cuocthi.deploy.exam.ExamFixture.register;
import static vn.cuocthi.deploy.exam.ExamFixture.rightOptions;
import static vn.cuocthi.deploy.exam.ExamFixture.round;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/**
 * Question statistics on a hand-computed fixture: three questions, every exam draws all three, four exams.
 * Right answers (2 points each): A q0 q1 (4), B q0 (2), C q2 (2), D none (0); mean 2, population deviation √2.
 * q0: p = 1/2, M1 = 3, M0 = 1, r = 2/√2 × 1/2 = 0.7071. q1: p = 1/4, M1 = 4, M0 = 4/3, r = (8/3)/√2 × √(3/16) = 0.8165.
 * q2: p = 1/4, M1 = 2, M0 = 2, r = 0, flagged.
 */
@IntegrationTest
class QuestionStatisticsTest {

    @LocalServerPort
    int port;

    @Test
    void shareRightAndPointBiserialDiscriminationMatchTheHandComputedFixture() {
        String slug = Provinces.onboard(port, "thongkecauhoi", "Tỉnh Thống Kê Câu Hỏi");
        Http staff = Http.province(port, slug).asAdmin();
        ExamFixture.questions(staff, 3, slug);
        ExamFixture.units(staff);
        String id = ExamFixture.publish(staff, contest("Cuộc thi thống kê câu hỏi",
                List.of(round("Tuần 1", now().minusDays(1), now().plusDays(6))), Map.of("questionCount", 3)));
        Http site = Http.province(port, slug);
        sit(site, id, "Người thứ nhất", List.of(0, 1));
        sit(site, id, "Người thứ hai", List.of(0));
        sit(site, id, "Người thứ ba", List.of(2));
        sit(site, id, "Người thứ tư", List.of());

        JsonNode stats = staff.get("/api/v1/admin/contests/" + id + "/questions/statistics?round=1").json();
        assertThat(stats.size()).isEqualTo(3);
        Map<String, JsonNode> byQuestion = new HashMap<>();
        stats.forEach(q -> byQuestion.put(q.get("text").asString().replaceAll(".*câu hỏi số (\\d).*", "q$1"), q));
        assertThat(stats.get(0).get("text").asString()).as("worst first").contains("câu hỏi số 2");
        check(byQuestion.get("q0"), 4, 2, "50.00", "0.7071", false);
        check(byQuestion.get("q1"), 4, 1, "25.00", "0.8165", false);
        check(byQuestion.get("q2"), 4, 1, "25.00", "0.0000", true);

        String page = Http.province(port, slug).asStaff("viewer").get("/admin/contests/" + id + "/question-statistics?round=1").body();
        assertThat(page).contains("Thống kê câu hỏi").contains("Cần xem lại").contains("0,71");
        assertThat(staff.get("/api/v1/admin/contests/" + id + "/questions/statistics?round=9").status()).isEqualTo(404);
    }

    private static void check(JsonNode q, int answered, int correct, String share, String discrimination, boolean flagged) {
        assertThat(q.get("answered").asInt()).isEqualTo(answered);
        assertThat(q.get("correct").asInt()).isEqualTo(correct);
        assertThat(q.get("shareCorrect").decimalValue()).isEqualByComparingTo(share);
        assertThat(q.get("discrimination").decimalValue()).isEqualByComparingTo(discrimination);
        assertThat(q.get("flagged").asBoolean()).isEqualTo(flagged);
    }

    /** Answers the questions numbered {@code right} right and the others wrong, then submits. */
    private static void sit(Http site, String contestId, String name, List<Integer> right) {
        Http me = site.bearer(register(site, contestId, person(name), null));
        JsonNode attempt = me.post("/api/v1/contests/" + contestId + "/attempts", null).json();
        String attemptId = attempt.get("attemptId").asString();
        Map<String, String> rights = rightOptions(attempt);
        for (JsonNode question : attempt.get("questions")) {
            int number = Integer.parseInt(question.get("text").asString().replaceAll(".*câu hỏi số (\\d).*", "$1"));
            String option = right.contains(number) ? rights.get(question.get("id").asString()) : ExamFixture.wrongOption(question);
            me.put("/api/v1/attempts/" + attemptId + "/answers/" + question.get("id").asString(), Map.of("optionIds", List.of(option)));
        }
        assertThat(me.post("/api/v1/attempts/" + attemptId + "/submit", Map.of("prediction", 4)).status()).isEqualTo(200);
    }
}
