package vn.cuocthi.quizruntime.leaderboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.cuocthi.platformcore.contest.TieBreak;
import vn.cuocthi.platformcore.ranking.RankedAttempt;
import vn.cuocthi.platformcore.ranking.Ranking;

/**
 * JMH: the ranking (platform-core's {@link Ranking}) on the leaderboard's hot path: the board key of one graded
 * attempt (written at each submission), reading a key back, and ordering 20,000 attempts by key (Redis' order) and
 * by the comparator. Opt-in: {@code deploy/load/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RankingBenchmark {

    private static final List<TieBreak> ORDER = List.of(TieBreak.SCORE, TieBreak.PREDICTION, TieBreak.DURATION,
            TieBreak.SUBMITTED_AT);

    private final List<RankedAttempt> attempts = new ArrayList<>();
    private final Comparator<RankedAttempt> comparator = Ranking.comparator(ORDER);
    private String[] keys;
    private int next;

    @Setup
    public void results() {
        SplittableRandom random = new SplittableRandom(3);
        Instant start = Instant.parse("2026-12-01T01:00:00Z");
        for (int i = 0; i < 20_000; i++) {
            Long prediction = random.nextBoolean() ? random.nextLong(100_000) : null;
            attempts.add(new RankedAttempt(new UUID(random.nextLong(), random.nextLong()), "CD", 0, random.nextInt(21), 20,
                    random.nextLong(60_000, 1_800_000), start.plusMillis(random.nextLong(3_600_000)), prediction,
                    prediction == null ? null : Math.abs(prediction - 12_345)));
        }
        keys = attempts.stream().map(a -> Ranking.key(a, ORDER)).toArray(String[]::new);
    }

    @Benchmark
    public String keyOfOneAttempt() {
        next = (next + 1) % attempts.size();
        return Ranking.key(attempts.get(next), ORDER);
    }

    @Benchmark
    public Object parseOneKey() {
        next = (next + 1) % keys.length;
        return Ranking.parse(keys[next]);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public String[] order20000ByKey() {
        String[] copy = keys.clone();
        Arrays.sort(copy);
        return copy;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object order20000ByComparator() {
        List<RankedAttempt> copy = new ArrayList<>(attempts);
        copy.sort(comparator);
        return copy;
    }
}
