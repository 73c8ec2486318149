package vn.cuocthi.tenantadmin.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.web.ApiException;

/**
 * Per question of a round (or of the whole contest), over every finished exam that drew it (disqualified
 * contestants left out): how many answered it exactly right, and its point-biserial discrimination, the correlation
 * between answering it right and the exam's score: r = (M1 − M0) / s × √(p(1 − p)), with M1 and M0 the mean scores
 * of those right and wrong, s the population standard deviation of the scores and p the share right. A question
 * that good candidates miss as often as weak ones (r below 0.2) is flagged: often a wrong key or an ambiguous text.
 */
@Service
public class QuestionStatistics {

    static final double FLAG_BELOW = 0.2;

    private static final String SQL = """
            with taken as (
                select a.score, aq.question_id,
                       coalesce(cardinality(aa.option_ids) > 0
                           and array(select x from unnest(aa.option_ids) x order by x)
                             = array(select o.id from question_option o where o.question_id = aq.question_id and o.correct order by o.id),
                           false) as right_answer
                from attempt a
                join contestant c on c.id = a.contestant_id
                join attempt_question aq on aq.attempt_id = a.id
                left join attempt_answer aa on aa.attempt_id = a.id and aa.question_id = aq.question_id
                where a.contest_id = :contest and a.status <> 'IN_PROGRESS' and a.score is not null
                  and c.disqualified_at is null and (cast(:round as integer) is null or a.round_index = :round))
            select t.question_id, q.text, q.topic, count(*) as answered, count(*) filter (where right_answer) as right_count,
                   avg(t.score) filter (where right_answer) as mean_right, avg(t.score) filter (where not right_answer) as mean_wrong,
                   stddev_pop(t.score) as spread
            from taken t join question q on q.id = t.question_id
            group by t.question_id, q.text, q.topic""";

    private final JdbcClient jdbc;
    private final ContestStore contests;

    QuestionStatistics(JdbcClient jdbc, ContestStore contests) {
        this.jdbc = jdbc;
        this.contests = contests;
    }

    /** @param round 1-based, null for every round; worst discrimination first (undefined ones last) */
    @Transactional(readOnly = true)
    public List<QuestionStatistic> of(UUID contestId, Integer round) {
        Contest contest = contests.find(contestId).orElseThrow(() -> ApiException.notFound("contest.notFound", contestId));
        if (round != null) {
            Results.requireRound(contest, round);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("contest", contestId);
        params.put("round", round == null ? null : round - 1);
        return jdbc.sql(SQL).params(params).query((rs, row) -> statistic(rs.getObject("question_id", UUID.class), rs.getString("text"),
                        rs.getString("topic"), rs.getInt("answered"), rs.getInt("right_count"),
                        (BigDecimal) rs.getObject("mean_right"), (BigDecimal) rs.getObject("mean_wrong"),
                        (BigDecimal) rs.getObject("spread")))
                .list().stream()
                .sorted(Comparator.comparing(QuestionStatistic::discrimination, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(QuestionStatistic::text))
                .toList();
    }

    static QuestionStatistic statistic(UUID id, String text, String topic, int answered, int right, BigDecimal meanRight,
                                       BigDecimal meanWrong, BigDecimal spread) {
        double p = answered == 0 ? 0 : (double) right / answered;
        BigDecimal share = BigDecimal.valueOf(100.0 * p).setScale(2, RoundingMode.HALF_UP);
        BigDecimal r = null;
        // undefined when everyone (or no one) is right, or every score is the same
        if (meanRight != null && meanWrong != null && spread != null && spread.signum() > 0) {
            double value = (meanRight.doubleValue() - meanWrong.doubleValue()) / spread.doubleValue() * Math.sqrt(p * (1 - p));
            r = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
        }
        return new QuestionStatistic(id, text, topic, answered, right, share, r,
                r != null && r.doubleValue() < FLAG_BELOW);
    }

    /**
     * @param shareCorrect   percent of the exams that drew it answering it exactly right, two decimals
     * @param discrimination point-biserial r, four decimals; null when undefined
     * @param flagged        r below 0.2: look at its key and wording
     */
    public record QuestionStatistic(UUID questionId, String text, String topic, int answered, int correct,
                                    BigDecimal shareCorrect, BigDecimal discrimination, boolean flagged) {
    }
}
