package vn.cuocthi.deploy.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.deploy.contest.ContestJson.complete;
import static vn.cuocthi.deploy.contest.ContestJson.round;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/** Contestants see published contests only, with their state, schedule, groups and units, and never answers. */
@IntegrationTest
class PublicContestTest {

    @LocalServerPort
    int port;

    String province;
    String published;
    String draft;

    @BeforeEach
    void contests() {
        province = Provinces.onboard(port, "congkhai", "Tỉnh Công Khai");
        Http staff = Http.province(port, province).asAdmin();
        for (Map<String, Object> question : ContestJson.questions("QUOTA", 20, province)) {
            staff.post("/api/v1/admin/questions", question);
        }
        staff.put("/api/v1/admin/units", List.of(Map.of("code", "SNV", "name", "Sở Nội vụ", "headcount", 40),
                Map.of("code", "UBND-A", "name", "UBND xã A", "headcount", 20, "parentCode", "SNV")));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0);
        published = staff.post("/api/v1/admin/contests", complete("Cuộc thi đang mở", List.of(
                round("Tuần 1", now.minusDays(1).toString(), now.plusDays(6).toString())), 10, 5)).json().get("id").asString();
        assertThat(staff.post("/api/v1/admin/contests/" + published + "/publish", null).status()).isEqualTo(200);
        draft = staff.post("/api/v1/admin/contests", Map.of("name", "Bản nháp bí mật")).json().get("id").asString();
    }

    @Test
    void publishedContestIsListedWithItsStateAndDraftsAreNot() {
        JsonNode list = Http.province(port, province).get("/api/v1/contests").json();
        assertThat(list.size()).isEqualTo(1);
        JsonNode contest = list.get(0);
        assertThat(contest.get("name").asString()).isEqualTo("Cuộc thi đang mở");
        assertThat(contest.get("state").asString()).isEqualTo("OPEN");
        assertThat(contest.at("/currentRound/name").asString()).isEqualTo("Tuần 1");
        assertThat(Http.province(port, province).get("/api/v1/contests/" + draft).status()).isEqualTo(404);
    }

    @Test
    void contestDetailHasGroupsUnitsAndFieldsButNoAnswersOrQuotas() {
        Http.Reply reply = Http.province(port, province).get("/api/v1/contests/" + published);
        assertThat(reply.status()).isEqualTo(200);
        JsonNode contest = reply.json();
        assertThat(contest.at("/groups/0/code").asString()).isEqualTo("CBCCVC");
        assertThat(contest.get("units").size()).isEqualTo(2);
        assertThat(contest.at("/units/1/parentCode").asString()).isEqualTo("SNV");
        assertThat(contest.at("/registrationFields/0/name").asString()).isEqualTo("FULL_NAME");
        assertThat(contest.at("/exam/questionCount").asInt()).isEqualTo(10);
        assertThat(reply.body()).doesNotContain("topicQuotas").doesNotContain("\"correct\"").doesNotContain("exclusions")
                .doesNotContain("001090000001");
    }

    @Test
    void anotherProvinceDoesNotShowTheContest() {
        String other = Provinces.onboard(port, "khongco", "Tỉnh Không Có");
        assertThat(Http.province(port, other).get("/api/v1/contests").json().size()).isZero();
        assertThat(Http.province(port, other).get("/api/v1/contests/" + published).status()).isEqualTo(404);
    }

    @Test
    void provinceHomeListsTheContestAndItsPageShowsTheScheduleInVietnamTime() {
        String home = Http.province(port, province).get("/").body();
        assertThat(home).contains("Cuộc thi đang mở").contains("Đang diễn ra").doesNotContain("Bản nháp bí mật");
        String page = Http.province(port, province).get("/contests/" + published).body();
        assertThat(page).contains("Lịch thi").contains("Giờ Việt Nam").contains("Mỗi bài thi gồm 10 câu hỏi trắc nghiệm, làm trong 20 phút.")
                .contains("Nghị quyết 76/NQ-CP").doesNotContain("<script>alert");
    }
}
