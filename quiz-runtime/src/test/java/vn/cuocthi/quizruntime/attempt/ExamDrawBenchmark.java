package vn.cuocthi.quizruntime.attempt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.cuocthi.platformcore.contest.ExamRules;
import vn.cuocthi.platformcore.question.Difficulty;

/**
 * JMH: the question draw of one start, from a cached pool (the demo's 177 questions, a province's bank of 2,000),
 * with and without topic quotas. Opt-in, not a test: {@code deploy/load/jmh.sh} (docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExamDrawBenchmark {

    @Param({"177", "2000"})
    public int poolSize;

    @Param({"20"})
    public int questionCount;

    private final List<ExamQuestions.PoolEntry> pool = new ArrayList<>();
    private final Map<UUID, ExamQuestions.ExamQuestion> contents = new HashMap<>();
    private ExamRules plain;
    private ExamRules quotas;
    private final java.util.Random random = new java.util.Random(12);

    @Setup
    public void bank() {
        SplittableRandom seed = new SplittableRandom(7);
        String[] topics = {"NQ76", "TTHC", "CCHC", "CDS"};
        for (int i = 0; i < poolSize; i++) {
            UUID id = new UUID(seed.nextLong(), seed.nextLong());
            pool.add(new ExamQuestions.PoolEntry(id, topics[i % topics.length], Difficulty.values()[i % Difficulty.values().length]));
            List<ExamQuestions.ExamQuestion.Option> options = new ArrayList<>();
            for (int o = 0; o < 4; o++) {
                options.add(new ExamQuestions.ExamQuestion.Option(new UUID(seed.nextLong(), seed.nextLong()), "Phương án " + o, o == 0));
            }
            contents.put(id, new ExamQuestions.ExamQuestion(id, "Câu hỏi " + i, false, null, null, options));
        }
        plain = new ExamRules(questionCount, List.of(), 1800, 1, null, ExamRules.CountedAttempt.BEST, 1,
                ExamRules.AnswerReveal.NEVER, 0);
        quotas = new ExamRules(questionCount, List.of(new ExamRules.TopicQuota("NQ76", null, 5),
                new ExamRules.TopicQuota("TTHC", Difficulty.MEDIUM, 3)), 1800, 1, null, ExamRules.CountedAttempt.BEST, 1,
                ExamRules.AnswerReveal.NEVER, 0);
    }

    @Benchmark
    public Object drawFromThePool() {
        return ExamDraw.draw(plain, pool, ids -> contents, random);
    }

    @Benchmark
    public Object drawWithTopicQuotas() {
        return ExamDraw.draw(quotas, pool, ids -> contents, random);
    }
}
