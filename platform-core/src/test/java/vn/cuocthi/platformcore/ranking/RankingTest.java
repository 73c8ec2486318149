package vn.cuocthi.platformcore.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.cuocthi.platformcore.contest.TieBreak;

/** Hand-computed rankings with a tie at every level of the chain; the comparator and the Redis key agree. */
class RankingTest {

    static final List<TieBreak> RULES = List.of(TieBreak.SCORE, TieBreak.PREDICTION, TieBreak.DURATION, TieBreak.SUBMITTED_AT);
    static final Instant T = Instant.parse("2026-05-04T03:00:00Z");

    // score 10 beats everything; 9 beats every 8
    static final RankedAttempt TOP = attempt("a0000000-0000-0000-0000-000000000001", 10, 40L, 300_000, T);
    static final RankedAttempt NINE = attempt("a0000000-0000-0000-0000-000000000002", 9, 0L, 100_000, T);
    // score 8 for all of these: prediction distance 1 beats 2
    static final RankedAttempt CLOSEST = attempt("a0000000-0000-0000-0000-000000000003", 8, 1L, 500_000, T.plusSeconds(60));
    // distance 2 for all: 200 s beats 250 s
    static final RankedAttempt FASTER = attempt("a0000000-0000-0000-0000-000000000004", 8, 2L, 200_000, T.plusSeconds(60));
    // 250 s for all: submitted a millisecond earlier wins
    static final RankedAttempt EARLIER = attempt("a0000000-0000-0000-0000-000000000005", 8, 2L, 250_000, T.plusMillis(4_999));
    // the same in every figure: the contestant id as text decides, "1…" before "8…" (UUID.compareTo says the opposite)
    static final RankedAttempt TWIN_1 = attempt("10000000-0000-0000-0000-000000000000", 8, 2L, 250_000, T.plusMillis(5_000));
    static final RankedAttempt TWIN_8 = attempt("80000000-0000-0000-0000-000000000000", 8, 2L, 250_000, T.plusMillis(5_000));
    // no prediction: after every distance on that criterion, whatever the duration
    static final RankedAttempt NO_GUESS = attempt("00000000-0000-0000-0000-000000000009", 8, null, 1_000, T);

    static final List<RankedAttempt> EXPECTED = List.of(TOP, NINE, CLOSEST, FASTER, EARLIER, TWIN_1, TWIN_8, NO_GUESS);

    @Test
    void tiesAreBrokenByPredictionThenDurationThenSubmissionThenContestant() {
        List<RankedAttempt> shuffled = new ArrayList<>(EXPECTED);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(shuffled.stream().sorted(Ranking.comparator(RULES)).toList()).containsExactlyElementsOf(EXPECTED);
        assertThat(TWIN_8.contestantId().compareTo(TWIN_1.contestantId())).as("why ids compare as text").isNegative();
    }

    @Test
    void redisKeysSortInTheSameOrderAndKeepEveryFigure() {
        List<String> keys = new ArrayList<>(EXPECTED.stream().map(attempt -> Ranking.key(attempt, RULES)).toList());
        Collections.reverse(keys);
        Collections.sort(keys);
        assertThat(keys.stream().map(Ranking::parse).toList()).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void theContestsOwnOrderApplies() {
        // duration first, then score: the fast 8 beats the slow 10; the prediction is not a criterion at all
        List<TieBreak> order = List.of(TieBreak.DURATION, TieBreak.SCORE);
        // at 250 s and score 8 the submission instant is not a criterion here: the ids decide
        assertThat(EXPECTED.stream().sorted(Ranking.comparator(order)).toList())
                .containsExactly(NO_GUESS, NINE, FASTER, TWIN_1, TWIN_8, EARLIER, TOP, CLOSEST);
        assertThat(Ranking.sql(order, "k.", true)).isEqualTo("k.duration_ms asc, k.score desc, k.contestant_id asc");
    }

    @Test
    void theOrdersNameIsTheSameInEveryJvm() {
        assertThat(Ranking.name(RULES)).isEqualTo("SCORE.PREDICTION.DURATION.SUBMITTED_AT");
    }

    @Test
    void submissionInstantsCountToTheMillisecond() {
        RankedAttempt micro = attempt("a0000000-0000-0000-0000-00000000000a", 8, 2L, 250_000, T.plusNanos(4_999_999_000L));
        assertThat(micro.submittedAt()).isEqualTo(T.plusMillis(4_999));
    }

    static RankedAttempt attempt(String id, int score, Long distance, long durationMs, Instant submittedAt) {
        return new RankedAttempt(UUID.fromString(id), "CD", 0, score, 10, durationMs, submittedAt,
                distance == null ? null : 100 + distance, distance);
    }
}
