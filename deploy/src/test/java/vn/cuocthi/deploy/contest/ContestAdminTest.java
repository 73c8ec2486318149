package vn.cuocthi.deploy.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.deploy.contest.ContestJson.complete;
import static vn.cuocthi.deploy.contest.ContestJson.round;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/** Staff configure contests: schedules exactly as the seed letters say, validation, publication, locks, audit. */
@IntegrationTest
class ContestAdminTest {

    private static final String CONTESTS = "/api/v1/admin/contests";

    @LocalServerPort
    int port;

    String province;

    @BeforeEach
    void province() {
        province = Provinces.onboard(port, "cuocthi", "Tỉnh Cuộc Thi");
    }

    private Http staff() {
        return Http.province(port, province).asAdmin();
    }

    @Test
    void haiDuongScheduleIsKeptToTheMinuteInVietnamTime() {
        // 07:30 Mon 18/11/2024 – 16:30 Fri 13/12/2024, four weekly rounds inside (sent in UTC: any offset is accepted)
        List<Map<String, Object>> rounds = List.of(
                round("Tuần 1", "2024-11-18T00:30:00Z", "2024-11-24T16:59:59Z"),
                round("Tuần 2", "2024-11-24T17:00:00Z", "2024-12-01T16:59:59Z"),
                round("Tuần 3", "2024-12-01T17:00:00Z", "2024-12-08T16:59:59Z"),
                round("Tuần 4", "2024-12-08T17:00:00Z", "2024-12-13T09:30:00Z"));
        Http.Reply created = staff().post(CONTESTS, Map.of("name", "Cuộc thi CCHC tỉnh Hải Dương 2024", "rounds", rounds));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode saved = staff().get(created.header("Location")).json();
        assertThat(saved.get("status").asString()).isEqualTo("DRAFT");
        assertThat(saved.at("/rounds/0/startsAt").asString()).isEqualTo("2024-11-18T07:30:00+07:00");
        assertThat(saved.at("/rounds/3/endsAt").asString()).isEqualTo("2024-12-13T16:30:00+07:00");
        assertThat(saved.at("/rounds/1/startsAt").asString()).isEqualTo("2024-11-25T00:00:00+07:00");
    }

    @Test
    void quangBinhTwoPhasesWithAGapAreAccepted() {
        List<Map<String, Object>> phases = List.of(
                round("Đợt 1", "2021-09-01T00:00:00+07:00", "2021-09-20T23:59:59+07:00"),
                round("Đợt 2", "2021-10-01T00:00:00+07:00", "2021-10-20T23:59:59+07:00"));
        assertThat(staff().post(CONTESTS, Map.of("name", "Quảng Bình 2021", "rounds", phases)).status()).isEqualTo(201);
    }

    @Test
    void overlappingRoundsAreRefusedWithBothNamed() {
        Http.Reply reply = staff().post(CONTESTS, Map.of("name", "Chồng lấn", "rounds", List.of(
                round("Tuần 1", "2025-12-01T00:00:00+07:00", "2025-12-08T00:00:00+07:00"),
                round("Tuần 2", "2025-12-07T00:00:00+07:00", "2025-12-14T00:00:00+07:00"))));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/errors/0/field").asString()).isEqualTo("rounds[1].startsAt");
        assertThat(reply.json().at("/errors/0/message").asString()).contains("Tuần 2").contains("Tuần 1").contains("chồng lên nhau");
        assertThat(staff().get(CONTESTS).json().size()).as("nothing created").isZero();
    }

    @Test
    void publishingListsEveryProblemAtOnce() {
        addQuestions("QUOTA", 12);
        Map<String, Object> contest = complete("Thiếu đủ thứ", List.of(round("Tuần 1", "2030-01-01T00:00:00+07:00",
                "2030-01-08T00:00:00+07:00")), 20, 15);
        contest = ContestJson.with(contest, "tieBreaks", List.of("SCORE", "PREDICTION"));
        contest = ContestJson.with(contest, "prediction", null);
        contest = ContestJson.with(contest, "groups", List.of());
        String id = create(contest);

        Http.Reply refused = staff().post(CONTESTS + "/" + id + "/publish", null);

        assertThat(refused.status()).isEqualTo(422);
        List<String> messages = messages(refused);
        assertThat(messages).anyMatch(m -> m.contains("ít nhất một nhóm đối tượng"));
        assertThat(messages).anyMatch(m -> m.contains("câu dự đoán"));
        assertThat(staff().get(CONTESTS + "/" + id).json().get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void publishingNamesTheTopicThatLacksQuestions() {
        addQuestions("QUOTA", 12);
        addQuestions("KHAC", 10);
        String id = create(complete("Thiếu câu hỏi", List.of(round("Tuần 1", "2030-01-01T00:00:00+07:00",
                "2030-01-08T00:00:00+07:00")), 20, 15));

        Http.Reply refused = staff().post(CONTESTS + "/" + id + "/publish", null);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(messages(refused)).contains("Nhóm Cán bộ, công chức, viên chức: chủ đề QUOTA có 12 câu hỏi, định mức cần 15 câu.");
        assertThat(refused.json().get("title").asString()).isEqualTo("Chưa thể công bố cuộc thi");
    }

    @Test
    void aQuotaOfATopicNoActiveQuestionHasIsRefusedByNameWhenItIsSet() {
        addQuestions("QUOTA", 15);
        addQuestions("KHAC", 10);
        Map<String, Object> typo = ContestJson.withExam(complete("Gõ nhầm chủ đề", List.of(round("Tuần 1",
                "2030-01-01T00:00:00+07:00", "2030-01-08T00:00:00+07:00")), 20, 15), "topicQuotas",
                List.of(Map.of("topic", "QUOTA", "count", 5), Map.of("topic", "Thủ tục hành chánh", "count", 3)));

        Http.Reply refused = staff().post(CONTESTS, typo);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("exam.topicQuotas[1].topic");
        assertThat(refused.json().at("/errors/0/message").asString()).contains("\"Thủ tục hành chánh\"").contains("không có câu hỏi");
        assertThat(refused.json().get("errors").size()).isEqualTo(1);

        // changing an existing draft's quotas is checked the same way, and the draft is kept as it was
        String id = create(complete("Định mức đúng", List.of(round("Tuần 1", "2030-01-01T00:00:00+07:00",
                "2030-01-08T00:00:00+07:00")), 20, 15));
        Http.Reply changed = staff().put(CONTESTS + "/" + id, typo);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(422);
        assertThat(changed.json().at("/errors/0/field").asString()).isEqualTo("exam.topicQuotas[1].topic");
        assertThat(staff().get(CONTESTS + "/" + id).json().at("/exam/topicQuotas").size()).isEqualTo(1);
    }

    @Test
    void publishingRefusesAQuotaWhoseTopicHasNoActiveQuestionLeft() {
        addQuestions("KHAC", 20);
        List<String> retiring = new ArrayList<>();
        for (Map<String, Object> question : ContestJson.questions("SAP-BO", 5, province)) {
            retiring.add(staff().post("/api/v1/admin/questions", question).json().get("id").asString());
        }
        String id = create(ContestJson.withExam(complete("Chủ đề đã bỏ", List.of(round("Tuần 1", "2030-01-01T00:00:00+07:00",
                "2030-01-08T00:00:00+07:00")), 20, 0), "topicQuotas", List.of(Map.of("topic", "SAP-BO", "count", 5))));
        retiring.forEach(question -> assertThat(staff().send("DELETE", "/api/v1/admin/questions/" + question, null).status()).isEqualTo(204));

        Http.Reply refused = staff().post(CONTESTS + "/" + id + "/publish", null);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("exam.topicQuotas[0].topic");
        assertThat(messages(refused)).hasSize(1).allMatch(message -> message.contains("\"SAP-BO\""));
        assertThat(staff().get(CONTESTS + "/" + id).json().get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void completeContestIsPublishedWithItsOwnCopyOfTheUnits() {
        addQuestions("QUOTA", 15);
        addQuestions("KHAC", 10);
        staff().put("/api/v1/admin/units", List.of(Map.of("code", "SNV", "name", "Sở Nội vụ", "headcount", 40)));
        String id = create(complete("Đủ điều kiện", List.of(round("Tuần 1", "2030-01-01T00:00:00+07:00",
                "2030-01-08T00:00:00+07:00")), 20, 15));

        Http.Reply published = staff().post(CONTESTS + "/" + id + "/publish", null);

        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.json().get("description").asString()).doesNotContain("<script").contains("<b>cải cách hành chính</b>");
        assertThat(published.json().get("rules").asString()).doesNotContain("onclick");
        // a later reorganisation of the province's units does not rewrite the contest's list
        staff().put("/api/v1/admin/units", List.of(Map.of("code", "SNV-MOI", "name", "Sở Nội vụ (mới)", "headcount", 45)));
        assertThat(staff().post(CONTESTS + "/" + id + "/publish", null).status()).isEqualTo(409);
    }

    @Test
    void fairnessRulesAreLockedOnceARoundHasStartedAndOtherEditsAreAudited() {
        addQuestions("QUOTA", 15);
        addQuestions("KHAC", 10);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0);
        List<Map<String, Object>> rounds = List.of(round("Tuần 1", now.minusDays(1).toString(), now.plusDays(6).toString()),
                round("Tuần 2", now.plusDays(6).toString(), now.plusDays(13).toString()));
        Map<String, Object> contest = complete("Đang diễn ra", rounds, 20, 15);
        String id = create(contest);
        assertThat(staff().post(CONTESTS + "/" + id + "/publish", null).status()).isEqualTo(200);

        Http.Reply locked = staff().put(CONTESTS + "/" + id, ContestJson.withExam(
                ContestJson.withExam(contest, "questionCount", 25), "timeLimitSeconds", 900));
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.body()).contains("exam.questionCount").contains("exam.timeLimitSeconds");
        // the messages name the rules as a reader does, in the reader's language
        assertThat(messages(locked)).contains(
                "Cuộc thi đã bắt đầu nên không được thay đổi số câu hỏi mỗi bài thi (ảnh hưởng đến công bằng giữa các thí sinh).")
                .anyMatch(m -> m.contains("thời gian làm bài"))
                .noneMatch(m -> m.contains("exam."));
        Http.Reply english = staff().header("Accept-Language", "en").put(CONTESTS + "/" + id, ContestJson.withExam(contest, "questionCount", 25));
        assertThat(english.json().at("/errors/0/message").asString()).contains("the number of questions per exam cannot change");
        assertThat(staff().get(CONTESTS + "/" + id).json().at("/exam/questionCount").asInt()).isEqualTo(20);

        Http.Reply allowed = staff().put(CONTESTS + "/" + id, ContestJson.with(contest, "rules", "<p>Thể lệ bổ sung.</p>"));
        assertThat(allowed.status()).as(allowed.toString()).isEqualTo(200);
        JsonNode audit = staff().get(CONTESTS + "/" + id + "/audit").json();
        List<String> actions = new ArrayList<>();
        audit.forEach(entry -> actions.add(entry.get("action").asString()));
        assertThat(actions).containsExactly("CREATED", "PUBLISHED", "UPDATED");
        JsonNode update = audit.get(2);
        assertThat(update.get("actor").asString()).isEqualTo("test.province-admin");
        assertThat(update.get("before").asString()).contains("Mỗi người được thi tối đa 3 lần.");
        assertThat(update.get("after").asString()).contains("Thể lệ bổ sung.");
    }

    @Test
    void aStaleEditIsRefusedInsteadOfOverwritingAnother() {
        String id = create(Map.of("name", "Phiên bản"));
        assertThat(staff().header("If-Match", "\"0\"").put(CONTESTS + "/" + id, Map.of("name", "Sửa lần 1")).status()).isEqualTo(200);
        Http.Reply stale = staff().header("If-Match", "\"0\"").put(CONTESTS + "/" + id, Map.of("name", "Sửa lần 2"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(staff().get(CONTESTS + "/" + id).json().get("name").asString()).isEqualTo("Sửa lần 1");
    }

    @Test
    void aContestOfOneProvinceDoesNotExistInAnother() {
        String id = create(Map.of("name", "Chỉ của một tỉnh"));
        String other = Provinces.onboard(port, "tinhkhac", "Tỉnh Khác");
        assertThat(Http.province(port, other).asAdmin().get(CONTESTS + "/" + id).status()).isEqualTo(404);
        assertThat(Http.province(port, other).asAdmin().get(CONTESTS).json().size()).isZero();
    }

    private String create(Map<String, Object> contest) {
        Http.Reply created = staff().post(CONTESTS, contest);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private void addQuestions(String topic, int count) {
        for (Map<String, Object> question : ContestJson.questions(topic, count, province)) {
            Http.Reply added = staff().post("/api/v1/admin/questions", question);
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
        }
    }

    private static List<String> messages(Http.Reply reply) {
        List<String> messages = new ArrayList<>();
        reply.json().get("errors").forEach(error -> messages.add(error.get("message").asString()));
        return messages;
    }
}
