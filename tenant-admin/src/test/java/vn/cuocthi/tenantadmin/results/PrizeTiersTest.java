package vn.cuocthi.tenantadmin.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestDefinition;
import vn.cuocthi.platformcore.contest.ContestStatus;
import vn.cuocthi.platformcore.contest.ContestantGroup;
import vn.cuocthi.platformcore.contest.IndividualPrize;
import vn.cuocthi.platformcore.contest.Round;
import vn.cuocthi.platformcore.contest.TieBreak;
import vn.cuocthi.platformcore.ranking.RankedAttempt;
import vn.cuocthi.platformcore.ranking.Ranking;

/** Prizes by rank within the group, with ties at each prize boundary settled by the ranking's own chain. */
class PrizeTiersTest {

    static final List<TieBreak> RULES = List.of(TieBreak.SCORE, TieBreak.PREDICTION, TieBreak.DURATION, TieBreak.SUBMITTED_AT);
    static final Instant T = Instant.parse("2026-05-04T03:00:00Z");

    @Test
    void tiesAtEveryPrizeBoundaryFallToTheChain() {
        Contest contest = contest(List.of(new IndividualPrize("CD", "Tuần 1", 1, 1, 1, 2), new IndividualPrize("CB", "Tuần 1", 1, 0, 0, 0)));
        PrizeTiers tiers = PrizeTiers.of(contest, 0);
        // first/second: equal score, the prediction decides; second/third: equal up to the duration;
        // third/consolation: equal up to the submission instant; consolation/none: equal in every figure, the id decides
        List<RankedAttempt> attempts = new ArrayList<>(List.of(
                attempt("00000000-0000-0000-0000-000000000006", 9, 0L, 100, T),
                attempt("00000000-0000-0000-0000-000000000005", 9, 1L, 100, T),
                attempt("00000000-0000-0000-0000-000000000004", 9, 1L, 101, T),
                attempt("00000000-0000-0000-0000-000000000003", 9, 1L, 101, T.plusMillis(1)),
                attempt("20000000-0000-0000-0000-000000000000", 9, 1L, 101, T.plusMillis(2)),
                attempt("90000000-0000-0000-0000-000000000000", 9, 1L, 101, T.plusMillis(2))));
        java.util.Collections.reverse(attempts);
        List<RankedAttempt> ranked = attempts.stream().sorted(Ranking.comparator(RULES)).toList();
        List<Prize> prizes = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            prizes.add(tiers.prize("CD", i + 1));
        }
        assertThat(ranked.stream().map(a -> a.contestantId().toString().substring(0, 1) + a.contestantId().toString().substring(35)).toList())
                .containsExactly("06", "05", "04", "03", "20", "90");
        assertThat(prizes).containsExactly(Prize.FIRST, Prize.SECOND, Prize.THIRD, Prize.CONSOLATION, Prize.CONSOLATION, null);
    }

    @Test
    void eachGroupAndEachRoundHasItsOwnTiers() {
        Contest contest = contest(List.of(new IndividualPrize("CD", "Tuần 1", 1, 0, 0, 0), new IndividualPrize("CB", "Tuần 1", 2, 0, 0, 0),
                new IndividualPrize("CD", null, 0, 0, 1, 0)));
        assertThat(PrizeTiers.of(contest, 0).prize("CB", 2)).isEqualTo(Prize.FIRST);
        assertThat(PrizeTiers.of(contest, 0).prize("CD", 2)).isNull();
        assertThat(PrizeTiers.of(contest, null).prize("CD", 1)).as("overall: no round named").isEqualTo(Prize.THIRD);
        assertThat(PrizeTiers.of(contest, null).prize("CD", 2)).isNull();
        assertThat(PrizeTiers.of(contest, null).prize("CB", 1)).isNull();
    }

    static Contest contest(List<IndividualPrize> prizes) {
        OffsetDateTime start = OffsetDateTime.of(2026, 5, 4, 8, 0, 0, 0, ZoneOffset.ofHours(7));
        ContestDefinition definition = ContestDefinition.empty().withName("Thử").withYear(2026)
                .withRounds(List.of(new Round("Tuần 1", start, start.plusDays(7))))
                .withGroups(List.of(new ContestantGroup("CD", "Công dân", null), new ContestantGroup("CB", "Cán bộ", null)))
                .withTieBreaks(RULES).withPrizes(prizes);
        return new Contest(UUID.randomUUID(), ContestStatus.PUBLISHED, definition, 1, T, T, T);
    }

    static RankedAttempt attempt(String id, int score, Long distance, long durationMs, Instant submittedAt) {
        return new RankedAttempt(UUID.fromString(id), "CD", 0, score, 10, durationMs, submittedAt, distance, distance);
    }
}
