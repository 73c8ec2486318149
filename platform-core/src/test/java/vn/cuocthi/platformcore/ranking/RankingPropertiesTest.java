package vn.cuocthi.platformcore.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.cuocthi.platformcore.contest.TieBreak;

/**
 * Whatever the contestants' figures (drawn from small ranges so ties are common) and whatever order they arrive
 * in, the ranking is one total order: the same list every time, no two contestants equal, and the Redis keys sort
 * the same way.
 */
class RankingPropertiesTest {

    @Property(tries = 300)
    void theRankingIsTotalAndIndependentOfTheInputOrder(@ForAll("attempts") List<RankedAttempt> attempts,
                                                        @ForAll("orders") List<TieBreak> order, @ForAll long seed) {
        Comparator<RankedAttempt> ranking = Ranking.comparator(order);
        List<RankedAttempt> once = attempts.stream().sorted(ranking).toList();
        List<RankedAttempt> shuffled = new ArrayList<>(attempts);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(shuffled.stream().sorted(ranking).toList()).containsExactlyElementsOf(once);

        for (int i = 0; i + 1 < once.size(); i++) {
            assertThat(ranking.compare(once.get(i), once.get(i + 1))).as("strictly before its successor").isNegative();
            assertThat(ranking.compare(once.get(i + 1), once.get(i))).isPositive();
        }
        List<String> keys = new ArrayList<>(shuffled.stream().map(attempt -> Ranking.key(attempt, order)).toList());
        Collections.sort(keys);
        assertThat(keys.stream().map(Ranking::parse).toList()).containsExactlyElementsOf(once);
    }

    @Provide
    Arbitrary<List<RankedAttempt>> attempts() {
        Arbitrary<RankedAttempt> attempt = Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.longs().between(0, 3).injectNull(0.2),
                Arbitraries.longs().between(1, 3).map(seconds -> seconds * 1000),
                Arbitraries.longs().between(0, 2).map(millis -> Instant.parse("2026-05-04T03:00:00Z").plusMillis(millis)),
                Arbitraries.create(UUID::randomUUID))
                .as((score, distance, duration, submitted, id) ->
                        new RankedAttempt(id, "CD", 0, score, 3, duration, submitted, distance, distance));
        return attempt.list().ofMaxSize(40).uniqueElements(RankedAttempt::contestantId);
    }

    @Provide
    Arbitrary<List<TieBreak>> orders() {
        return Arbitraries.of(TieBreak.class).list().uniqueElements().ofMinSize(0).ofMaxSize(4);
    }
}
