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
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.deploy.support.TestClock;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.ranking.RoundFigures;
import vn.cuocthi.platformcore.tenancy.Tenant;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;
import vn.cuocthi.quizruntime.leaderboard.Leaderboard;

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
        Closing closing = closingContest("Tỉnh Xếp Hạng", "Dự đoán phân định");
        String contest = closing.contest();
        OffsetDateTime end = closing.end();
        Http site = Http.province(port, closing.province());

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

    @Autowired
    Leaderboard leaderboard;

    @Autowired
    RoundFigures figures;

    @Autowired
    ContestStore contests;

    @Autowired
    TenantRegistry registry;

    @Autowired
    JdbcClient jdbc;

    /**
     * Every signed-in board view and result page asks for a place: it reads the contest's frozen figures from the
     * boards' short cache, not from PostgreSQL each time (counted as the scans of the province's round_figure
     * table), and a round frozen on this node is ranked by its figure at the very next place, cache or not.
     */
    @Test
    void aPlaceCostsNoFigureQueryAndAFrozenRoundIsSeenAtOnce() throws Exception {
        Closing closing = closingContest("Tỉnh Chỗ Đứng", "Chỗ đứng");
        String province = closing.province();
        String contest = closing.contest();
        OffsetDateTime end = closing.end();
        Http site = Http.province(port, province);
        sit(site, contest, "Đặng Văn Dũng", 4, 0L);
        sit(site, contest, "Bạch Văn Bảo", 3, 2L);
        Tenant tenant = registry.find(province).orElseThrow();
        UUID contestId = UUID.fromString(contest);
        UUID someone = inProvince(tenant, () -> jdbc.sql("select contestant_id from attempt limit 1")
                .query(UUID.class).single());

        long before = figureScans(tenant);
        for (int i = 0; i < 30; i++) {
            assertThat(inProvince(tenant, () -> leaderboard.placeOf(contestId, 1, null, someone))).isPresent();
        }
        // uncached: two scans a place (the stored figures, then the round not frozen yet), 60; cached: the first
        // place's two, two more each time the 2 s cache runs out on a slow machine, and the boards' reconciliation
        // pass (every few seconds) reads the figures too: a third of uncached at most; none would mean no count
        assertThat(figureScans(tenant) - before).as("round_figure scans for 30 places").isBetween(1L, 20L);

        TestClock.INSTANCE.advanceTo(end.toInstant().minusMillis(300));
        inProvince(tenant, () -> leaderboard.placeOf(contestId, 1, null, someone)); // cached: the live figures
        TestClock.INSTANCE.advanceTo(end.toInstant()); // over, within the cache's 2 s
        inProvince(tenant, () -> figures.freezeIfDue(contests.find(contestId).orElseThrow(), 0)).orElseThrow();
        assertThat(inProvince(tenant, () -> leaderboard.placeOf(contestId, 1, null, someone))).isPresent();
        assertThat(redis.keys("cuocthi:" + province + ":lb:" + contest + ":r0:everyone:*:f2:built"))
                .as("the place was read on the board ranked by the frozen figure (2 participants)").hasSize(1);
    }

    /** A new province with a contest ranking by the prediction whose one round ends in ten minutes, no grace. */
    private Closing closingContest(String provinceName, String contestName) {
        String province = Provinces.onboard(port, "xephang", provinceName);
        Http staff = Http.province(port, province).asAdmin();
        ExamFixture.questions(staff, 10, province);
        ExamFixture.units(staff);
        OffsetDateTime end = now().plusMinutes(10);
        String contest = ExamFixture.publish(staff, contest(contestName, List.of(round("Tuần 1", now().minusDays(1), end)),
                Map.of("graceSeconds", 0)));
        return new Closing(province, contest, end);
    }

    private record Closing(String province, String contest, OffsetDateTime end) {
    }

    private static <T> T inProvince(Tenant tenant, Supplier<T> work) {
        return TenantContext.call(tenant, work);
    }

    /** Index and sequential scans of the province's round_figure table, once PostgreSQL's statistics have settled. */
    private long figureScans(Tenant tenant) throws InterruptedException {
        long last = -1;
        for (int i = 0; i < 20; i++) {
            long now = jdbc.sql("""
                    select coalesce(seq_scan, 0) + coalesce(idx_scan, 0) from pg_stat_user_tables
                    where schemaname = ? and relname = 'round_figure'""").param(tenant.schema()).query(Long.class).single();
            if (now == last) {
                return now;
            }
            last = now;
            Thread.sleep(1200); // backends report their counts at most once a second
        }
        return last;
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
