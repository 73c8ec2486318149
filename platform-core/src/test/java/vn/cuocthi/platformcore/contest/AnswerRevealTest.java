package vn.cuocthi.platformcore.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.cuocthi.platformcore.contest.ExamRules.AnswerReveal;

/** When a finished exam's correct answers may be shown (invariant 3): one rule on Contest, for API, page and review. */
class AnswerRevealTest {

    private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2025-12-01T00:00:00+07:00");
    private static final Instant WEEK_ONE_END = MONDAY.plusWeeks(1).toInstant();
    private static final Instant WEEK_TWO_END = MONDAY.plusWeeks(2).toInstant();
    private static final Instant DURING_WEEK_ONE = MONDAY.plusDays(2).toInstant();
    private static final Instant DURING_WEEK_TWO = MONDAY.plusDays(9).toInstant();

    @Test
    void afterSubmitShowsThemAtOnceAndNamesNoMoment() {
        Contest contest = contest(AnswerReveal.AFTER_SUBMIT, ContestStatus.PUBLISHED);
        assertThat(contest.answersShown(0, DURING_WEEK_ONE)).isTrue();
        assertThat(contest.answersShownFrom(0)).isEmpty();
    }

    @Test
    void afterRoundWaitsForTheEndOfTheExamsOwnRound() {
        Contest contest = contest(AnswerReveal.AFTER_ROUND, ContestStatus.PUBLISHED);
        assertThat(contest.answersShown(0, DURING_WEEK_ONE)).isFalse();
        assertThat(contest.answersShown(0, WEEK_ONE_END)).isTrue();
        assertThat(contest.answersShown(1, DURING_WEEK_TWO)).isFalse();
        assertThat(contest.answersShownFrom(0)).contains(WEEK_ONE_END);
        assertThat(contest.answersShownFrom(1)).contains(WEEK_TWO_END);
    }

    @Test
    void afterContestWaitsForTheLastRoundOrForStaffClosingIt() {
        Contest open = contest(AnswerReveal.AFTER_CONTEST, ContestStatus.PUBLISHED);
        assertThat(open.answersShown(0, DURING_WEEK_TWO)).as("round one is over, the contest is not").isFalse();
        assertThat(open.answersShown(0, WEEK_TWO_END)).isTrue();
        assertThat(open.answersShownFrom(0)).contains(WEEK_TWO_END);
        assertThat(contest(AnswerReveal.AFTER_CONTEST, ContestStatus.CLOSED).answersShown(0, DURING_WEEK_TWO)).isTrue();
    }

    @Test
    void neverAndNoPolicyShowNothing() {
        for (AnswerReveal policy : new AnswerReveal[] {AnswerReveal.NEVER, null}) {
            Contest contest = contest(policy, ContestStatus.CLOSED);
            assertThat(contest.answersShown(0, WEEK_TWO_END.plusSeconds(86_400 * 365))).isFalse();
            assertThat(contest.answersShownFrom(0)).isEmpty();
        }
    }

    private static Contest contest(AnswerReveal policy, ContestStatus status) {
        ContestDefinition definition = ContestDefinition.empty()
                .withRounds(List.of(new Round("Tuần 1", MONDAY, MONDAY.plusWeeks(1)),
                        new Round("Tuần 2", MONDAY.plusWeeks(1), MONDAY.plusWeeks(2))))
                .withExam(new ExamRules(10, List.of(), 1200, null, null, ExamRules.CountedAttempt.BEST, 1, policy, 30));
        return new Contest(UUID.randomUUID(), status, definition, 1, MONDAY.toInstant(), MONDAY.toInstant(), MONDAY.toInstant());
    }
}
