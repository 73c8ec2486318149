package vn.cuocthi.platformcore.contest;

import java.util.List;

import vn.cuocthi.platformcore.question.Difficulty;

/**
 * How an exam is drawn, timed and counted.
 *
 * @param attemptsPerRound null for unlimited
 * @param attemptsTotal    null for unlimited
 * @param graceSeconds     late submits accepted this long after the deadline (network delays), never new answers
 */
public record ExamRules(
        Integer questionCount,
        List<TopicQuota> topicQuotas,
        Integer timeLimitSeconds,
        Integer attemptsPerRound,
        Integer attemptsTotal,
        CountedAttempt countedAttempt,
        Integer pointsPerQuestion,
        AnswerReveal revealAnswers,
        Integer graceSeconds) {

    public ExamRules {
        topicQuotas = topicQuotas == null ? List.of() : List.copyOf(topicQuotas);
    }

    /** So many questions of a topic (and, optionally, of a difficulty) in every exam. */
    public record TopicQuota(String topic, Difficulty difficulty, Integer count) {
    }

    public enum CountedAttempt {
        BEST,
        FIRST,
        LAST
    }

    /** When contestants may see the correct answers and explanations. */
    public enum AnswerReveal {
        AFTER_SUBMIT,
        AFTER_ROUND,
        AFTER_CONTEST,
        NEVER
    }
}
