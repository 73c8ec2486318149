package vn.cuocthi.quizruntime.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.cuocthi.platformcore.contest.ExamRules;
import vn.cuocthi.platformcore.question.Difficulty;
import vn.cuocthi.platformcore.web.ApiException;

class ExamDrawTest {

    private final List<ExamQuestions.PoolEntry> pool = new ArrayList<>();
    private final Map<UUID, ExamQuestions.ExamQuestion> contents = new HashMap<>();

    ExamDrawTest() {
        add("NQ76", Difficulty.EASY, 6);
        add("NQ76", Difficulty.HARD, 3);
        add("TTHC", Difficulty.MEDIUM, 10);
        add(null, null, 20);
    }

    private void add(String topic, Difficulty difficulty, int count) {
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            pool.add(new ExamQuestions.PoolEntry(id, topic, difficulty));
            List<ExamQuestions.ExamQuestion.Option> options = List.of(
                    new ExamQuestions.ExamQuestion.Option(UUID.randomUUID(), "A", true),
                    new ExamQuestions.ExamQuestion.Option(UUID.randomUUID(), "B", false),
                    new ExamQuestions.ExamQuestion.Option(UUID.randomUUID(), "C", false),
                    new ExamQuestions.ExamQuestion.Option(UUID.randomUUID(), "D", false));
            contents.put(id, new ExamQuestions.ExamQuestion(id, "?", false, null, null, options));
        }
    }

    private static ExamRules rules(int count, List<ExamRules.TopicQuota> quotas) {
        return new ExamRules(count, quotas, 600, null, null, ExamRules.CountedAttempt.BEST, 1, ExamRules.AnswerReveal.NEVER, 0);
    }

    private List<DrawnQuestion> draw(ExamRules rules, long seed) {
        return ExamDraw.draw(rules, pool, ids -> contents, new Random(seed));
    }

    @Test
    void quotasByTopicAndDifficultyAreMetAndTheRestComesFromThePool() {
        ExamRules rules = rules(15, List.of(new ExamRules.TopicQuota("NQ76", Difficulty.HARD, 3),
                new ExamRules.TopicQuota("TTHC", null, 5)));
        for (long seed = 0; seed < 50; seed++) {
            List<DrawnQuestion> draw = draw(rules, seed);
            assertThat(draw).hasSize(15);
            assertThat(new HashSet<>(draw.stream().map(DrawnQuestion::questionId).toList())).hasSize(15);
            Map<UUID, ExamQuestions.PoolEntry> byId = new HashMap<>();
            pool.forEach(entry -> byId.put(entry.id(), entry));
            assertThat(draw.stream().filter(q -> byId.get(q.questionId()).difficulty() == Difficulty.HARD).count()).isEqualTo(3);
            assertThat(draw.stream().filter(q -> "TTHC".equals(byId.get(q.questionId()).topic())).count()).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void questionsAndOptionsAreShuffledPerAttempt() {
        ExamRules rules = rules(10, List.of());
        List<DrawnQuestion> one = draw(rules, 1);
        List<DrawnQuestion> two = draw(rules, 2);
        assertThat(one.stream().map(DrawnQuestion::questionId).toList()).isNotEqualTo(two.stream().map(DrawnQuestion::questionId).toList());
        long reordered = pool.stream().map(ExamQuestions.PoolEntry::id).map(id -> draw(rules(39, List.of()), 3).stream()
                .filter(q -> q.questionId().equals(id)).findFirst().orElseThrow())
                .filter(q -> !q.optionIds().equals(contents.get(q.questionId()).options().stream().map(ExamQuestions.ExamQuestion.Option::id).toList()))
                .count();
        assertThat(reordered).as("most options leave the bank's order").isGreaterThan(20);
    }

    @Test
    void aPoolTooSmallForAQuotaIsRefused() {
        ExamRules rules = rules(10, List.of(new ExamRules.TopicQuota("NQ76", Difficulty.HARD, 4)));
        assertThatThrownBy(() -> draw(rules, 1)).isInstanceOf(ApiException.class).hasMessage("attempt.poolTooSmall");
        assertThatThrownBy(() -> draw(rules(40, List.of()), 1)).isInstanceOf(ApiException.class);
    }
}
