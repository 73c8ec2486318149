package vn.cuocthi.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;
import vn.cuocthi.tenantadmin.demo.DemoContent;

/**
 * Each seed letter's contest is expressed exactly, published beside a contest open now, on the sample bank; the
 * letter's contest is closed with its results published from demo exams, and the open one ranks its first round.
 */
@IntegrationTest
class DemoContentTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoContent demo;

    @Autowired
    TenantRegistry registry;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "caobang   | 2025-12-04T00:00:00+07:00 | 2025-12-11T23:59:59+07:00 | 1",
            "haiduong  | 2024-11-18T07:30:00+07:00 | 2024-12-13T16:30:00+07:00 | 4",
            "langson   | 2022-10-03T00:00:00+07:00 | 2022-10-30T23:59:59+07:00 | 4",
            "quangbinh | 2021-09-01T00:00:00+07:00 | 2021-10-20T23:59:59+07:00 | 2",
            "bacgiang  | 2020-09-15T08:00:00+07:00 | 2020-10-15T08:00:00+07:00 | 1"})
    void seedContestIsPublishedAsTheLetterSaysWithAContestOpenNow(String seed, String firstStart, String lastEnd, int rounds) {
        String slug = Provinces.onboard(port, "demo", "Tỉnh Demo " + seed);
        TenantContext.run(registry.find(slug).orElseThrow(), () -> demo.fill(seed));

        JsonNode contests = Http.province(port, slug).get("/api/v1/contests").json();
        assertThat(contests.size()).isEqualTo(2);
        JsonNode letter = contestNamed(contests, false);
        assertThat(letter.get("state").asString()).isEqualTo("CLOSED");
        assertThat(letter.get("rounds").size()).isEqualTo(rounds);
        assertThat(letter.at("/rounds/0/startsAt").asString()).isEqualTo(firstStart);
        assertThat(letter.at("/rounds/" + (rounds - 1) + "/endsAt").asString()).isEqualTo(lastEnd);
        JsonNode open = contestNamed(contests, true);
        assertThat(open.get("state").asString()).isEqualTo("OPEN");

        assertThat(Http.province(port, slug).asAdmin().get("/api/v1/admin/questions?size=200").json().size())
                .isGreaterThanOrEqualTo(150);
        JsonNode detail = Http.province(port, slug).get("/api/v1/contests/" + letter.get("id").asString()).json();
        assertThat(detail.get("units").size()).isGreaterThanOrEqualTo(5);

        // the closed contest's results are published, every round, from the demo contestants' graded exams
        Http admin = Http.province(port, slug).asAdmin();
        JsonNode published = admin.get("/api/v1/admin/contests/" + letter.get("id").asString() + "/results/publications").json();
        assertThat(published.size()).isEqualTo(rounds);
        assertThat(published.at("/0/groups/0/winners/0/prize").asString()).isEqualTo("FIRST");
        assertThat(published.at("/0/figure").asLong()).isPositive();
        Http.Reply page = Http.province(port, slug).get("/contests/" + letter.get("id").asString() + "/ket-qua");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Giải Nhất").contains("Nguyễn V. A.").doesNotContain("Nguyễn Văn An");
        // the open contest ranks its first round's exams with every tie-break value
        JsonNode ranking = admin.get("/api/v1/admin/contests/" + open.get("id").asString() + "/results?round=1").json();
        assertThat(ranking.get("totalElements").asInt()).isGreaterThan(5);
        assertThat(ranking.at("/content/0/rank").asInt()).isEqualTo(1);
        assertThat(ranking.at("/content/0/prediction").isNull()).isFalse();
        assertThat(ranking.at("/content/0/durationMs").asLong()).isPositive();

        // units registered to sit the open contest together: the calendar has sessions
        JsonNode sessions = admin.get("/api/v1/admin/contests/" + open.get("id").asString() + "/sessions").json();
        assertThat(sessions.size()).isBetween(1, 3);
        assertThat(sessions.at("/0/contactName").asString()).isEqualTo("Hoàng Thị Mai");
        assertThat(sessions.at("/0/expectedParticipants").asInt()).isPositive();

        // filling again changes nothing
        TenantContext.run(registry.find(slug).orElseThrow(), () -> demo.fill(seed));
        assertThat(Http.province(port, slug).get("/api/v1/contests").json().size()).isEqualTo(2);
    }

    private static JsonNode contestNamed(JsonNode contests, boolean trial) {
        List<JsonNode> matching = new ArrayList<>();
        contests.forEach(contest -> {
            if (contest.get("name").asString().startsWith("Thi thử") == trial) {
                matching.add(contest);
            }
        });
        assertThat(matching).hasSize(1);
        return matching.getFirst();
    }
}
