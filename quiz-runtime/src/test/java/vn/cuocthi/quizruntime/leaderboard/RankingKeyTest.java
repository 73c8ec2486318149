package vn.cuocthi.quizruntime.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.cuocthi.platformcore.contest.TieBreak;

class RankingKeyTest {

    private static final List<TieBreak> ORDER = List.of(TieBreak.SCORE, TieBreak.PREDICTION, TieBreak.DURATION, TieBreak.SUBMITTED_AT);
    private static final Instant T = Instant.parse("2025-12-04T01:00:00Z");

    private static CountedAttempts.Counted counted(String id, int score, long durationMs, Instant submitted, Long prediction) {
        return new CountedAttempts.Counted(UUID.fromString("00000000-0000-7000-8000-00000000000" + id), score, 20, durationMs,
                submitted, prediction);
    }

    @Test
    void keysSortInTheContestsTieBreakOrder() {
        List<CountedAttempts.Counted> people = List.of(
                counted("1", 18, 300_000, T, 500L),
                counted("2", 20, 900_000, T.plusSeconds(50), 10L),
                counted("3", 18, 200_000, T, 480L),
                counted("4", 18, 200_000, T.plusSeconds(1), 480L),
                counted("5", 18, 100_000, T, null));
        List<String> keys = new ArrayList<>(people.stream().map(one -> RankingKey.of(one, ORDER, 490L)).toList());
        Collections.shuffle(keys);
        Collections.sort(keys);
        // score; then distance to 490 (10, 10, 10, none); then duration; then submission time
        assertThat(keys.stream().map(key -> RankingKey.parse(key).contestantId().toString().substring(35)).toList())
                .containsExactly("2", "3", "4", "1", "5");
    }

    @Test
    void withoutTheActualFigureThePredictionIsLeftOut() {
        String closer = RankingKey.of(counted("1", 18, 300_000, T, 490L), ORDER, null);
        String faster = RankingKey.of(counted("2", 18, 200_000, T, 1L), ORDER, null);
        assertThat(faster).isLessThan(closer);
    }

    @Test
    void equalRecordsStillHaveOneOrderAndTheFiguresComeBack() {
        CountedAttempts.Counted a = counted("1", 18, 300_000, T, 7L);
        CountedAttempts.Counted b = counted("2", 18, 300_000, T, 7L);
        assertThat(RankingKey.of(a, ORDER, 7L)).isLessThan(RankingKey.of(b, ORDER, 7L));
        assertThat(RankingKey.parse(RankingKey.of(a, ORDER, 7L))).isEqualTo(a);
    }
}
