package vn.cuocthi.quizruntime.leaderboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * JMH: the ranking key of one graded attempt (written to the leaderboard at each submission), reading it back, and
 * ordering 20,000 keys as the leaderboard's sorted set does. Opt-in: {@code deploy/load/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RankingKeyBenchmark {

    private static final List<TieBreak> ORDER = List.of(TieBreak.SCORE, TieBreak.PREDICTION, TieBreak.DURATION,
            TieBreak.SUBMITTED_AT);

    private final List<CountedAttempts.Counted> counted = new ArrayList<>();
    private String[] keys;
    private int next;

    @Setup
    public void results() {
        SplittableRandom random = new SplittableRandom(3);
        Instant start = Instant.parse("2026-12-01T01:00:00Z");
        for (int i = 0; i < 20_000; i++) {
            counted.add(new CountedAttempts.Counted(new UUID(random.nextLong(), random.nextLong()), random.nextInt(21), 20,
                    random.nextLong(60_000, 1_800_000), start.plusMillis(random.nextLong(3_600_000)),
                    random.nextBoolean() ? random.nextLong(100_000) : null));
        }
        keys = counted.stream().map(c -> RankingKey.of(c, ORDER, 12_345L)).toArray(String[]::new);
    }

    private CountedAttempts.Counted nextCounted() {
        next = (next + 1) % counted.size();
        return counted.get(next);
    }

    @Benchmark
    public String keyOfOneAttempt() {
        return RankingKey.of(nextCounted(), ORDER, 12_345L);
    }

    @Benchmark
    public Object parseOneKey() {
        next = (next + 1) % keys.length;
        return RankingKey.parse(keys[next]);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public String[] order20000() {
        String[] copy = keys.clone();
        Arrays.sort(copy);
        return copy;
    }
}
