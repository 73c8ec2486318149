package vn.cuocthi.quizruntime.attempt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import vn.cuocthi.platformcore.contest.ExamRules;
import vn.cuocthi.platformcore.web.ApiException;

/**
 * Draws an exam from a group's pool: first each topic quota (and difficulty, when the quota names one), then the
 * rest at random from whatever is left; then questions and each question's options are shuffled for this attempt.
 */
final class ExamDraw {

    private ExamDraw() {
    }

    static List<DrawnQuestion> draw(ExamRules rules, List<ExamQuestions.PoolEntry> pool,
                                    java.util.function.Function<List<UUID>, Map<UUID, ExamQuestions.ExamQuestion>> contents,
                                    Random random) {
        int count = rules.questionCount();
        List<ExamQuestions.PoolEntry> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, random);
        Set<UUID> chosen = new HashSet<>();
        List<UUID> picked = new ArrayList<>(count);
        for (ExamRules.TopicQuota quota : rules.topicQuotas()) {
            int needed = quota.count() == null ? 0 : quota.count();
            for (ExamQuestions.PoolEntry entry : shuffled) {
                if (needed == 0) {
                    break;
                }
                if (!chosen.contains(entry.id()) && quota.topic().equals(entry.topic())
                        && (quota.difficulty() == null || quota.difficulty() == entry.difficulty())) {
                    chosen.add(entry.id());
                    picked.add(entry.id());
                    needed--;
                }
            }
            if (needed > 0) {
                throw ApiException.conflict("attempt.poolTooSmall");
            }
        }
        for (ExamQuestions.PoolEntry entry : shuffled) {
            if (picked.size() >= count) {
                break;
            }
            if (chosen.add(entry.id())) {
                picked.add(entry.id());
            }
        }
        if (picked.size() < count) {
            throw ApiException.conflict("attempt.poolTooSmall");
        }
        Collections.shuffle(picked, random);
        Map<UUID, ExamQuestions.ExamQuestion> questions = contents.apply(picked);
        List<DrawnQuestion> draw = new ArrayList<>(count);
        for (UUID id : picked) {
            ExamQuestions.ExamQuestion question = questions.get(id);
            List<UUID> options = new ArrayList<>(question.options().stream().map(ExamQuestions.ExamQuestion.Option::id).toList());
            Collections.shuffle(options, random);
            draw.add(new DrawnQuestion(id, List.copyOf(options), question.multiple()));
        }
        return draw;
    }
}
