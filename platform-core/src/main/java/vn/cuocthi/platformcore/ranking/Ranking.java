package vn.cuocthi.platformcore.ranking;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import vn.cuocthi.platformcore.contest.TieBreak;

/**
 * The one definition of the individual ranking order (invariant 5), in the three forms that need it: a
 * {@link Comparator}, the SQL {@code order by} that ranks in PostgreSQL (staff results, exports) and the string
 * key whose byte order Redis sorts the live boards by. Criteria come in the contest's tie-break order: score
 * (higher first), prediction distance (smaller first, none last), duration (shorter first), submission instant
 * (earlier first, to the millisecond); then the contestant id, so the order is total. The id compares as its
 * lower-case text, which is also PostgreSQL's order of {@code uuid} (unsigned bytes) and Redis' (not
 * {@link UUID#compareTo}, which compares signed halves). RankingTest proves the three forms agree.
 */
public final class Ranking {

    /** A missing prediction distance, beyond any real one (predictions are at most 10^9). */
    static final long NO_DISTANCE = 999_999_999_999L;
    private static final int SCORE_CEILING = 999_999;

    private Ranking() {
    }

    public static Comparator<RankedAttempt> comparator(List<TieBreak> tieBreaks) {
        Comparator<RankedAttempt> order = (a, b) -> 0;
        for (TieBreak tieBreak : tieBreaks) {
            order = order.thenComparing(switch (tieBreak) {
                case SCORE -> Comparator.comparingInt(RankedAttempt::score).reversed();
                case PREDICTION -> Comparator.comparingLong(Ranking::distance);
                case DURATION -> Comparator.comparingLong(RankedAttempt::durationMs);
                case SUBMITTED_AT -> Comparator.comparing(RankedAttempt::submittedAt);
            });
        }
        return order.thenComparing(attempt -> attempt.contestantId().toString());
    }

    /**
     * The SQL order over the columns {@code score}, {@code prediction_distance}, {@code duration_ms},
     * {@code submitted_ms} and {@code contestant_id} of a counted-attempts row, with {@code prefix} before each.
     */
    public static String sql(List<TieBreak> tieBreaks, String prefix, boolean withContestant) {
        StringBuilder order = new StringBuilder();
        for (TieBreak tieBreak : tieBreaks) {
            order.append(switch (tieBreak) {
                case SCORE -> prefix + "score desc, ";
                case PREDICTION -> prefix + "prediction_distance asc nulls last, ";
                case DURATION -> prefix + "duration_ms asc, ";
                case SUBMITTED_AT -> prefix + "submitted_ms asc, ";
            });
        }
        if (withContestant) {
            return order.append(prefix).append("contestant_id asc").toString();
        }
        return order.isEmpty() ? "" : order.substring(0, order.length() - 2);
    }

    /**
     * The live board's member: each criterion fixed-width, better first, then the contestant id; the raw figures
     * follow for display and are read back by {@link #parse}.
     */
    public static String key(RankedAttempt attempt, List<TieBreak> tieBreaks) {
        StringBuilder key = new StringBuilder(128);
        for (TieBreak tieBreak : tieBreaks) {
            switch (tieBreak) {
                case SCORE -> key.append(pad(SCORE_CEILING - attempt.score(), 6));
                case PREDICTION -> key.append(pad(distance(attempt), 12));
                case DURATION -> key.append(pad(attempt.durationMs(), 10));
                case SUBMITTED_AT -> key.append(pad(attempt.submittedAt().toEpochMilli(), 14));
            }
        }
        return key.append('|').append(attempt.contestantId()).append('|').append(attempt.groupCode()).append('|')
                .append(attempt.roundIndex()).append('|').append(attempt.score()).append('|').append(attempt.maxScore())
                .append('|').append(attempt.durationMs()).append('|').append(attempt.submittedAt().toEpochMilli())
                .append('|').append(attempt.prediction() == null ? "" : attempt.prediction())
                .append('|').append(attempt.predictionDistance() == null ? "" : attempt.predictionDistance()).toString();
    }

    public static RankedAttempt parse(String key) {
        String[] parts = key.split("\\|", -1);
        return new RankedAttempt(UUID.fromString(parts[1]), parts[2], Integer.parseInt(parts[3]), Integer.parseInt(parts[4]),
                Integer.parseInt(parts[5]), Long.parseLong(parts[6]), Instant.ofEpochMilli(Long.parseLong(parts[7])),
                parts[8].isEmpty() ? null : Long.valueOf(parts[8]), parts[9].isEmpty() ? null : Long.valueOf(parts[9]));
    }

    /** The tie-break order as a stable name (the same in every JVM), for keys of boards ranked by it. */
    public static String name(List<TieBreak> tieBreaks) {
        return tieBreaks.stream().map(TieBreak::name).collect(Collectors.joining("."));
    }

    private static long distance(RankedAttempt attempt) {
        return attempt.predictionDistance() == null ? NO_DISTANCE : Math.min(NO_DISTANCE - 1, attempt.predictionDistance());
    }

    private static String pad(long value, int width) {
        String digits = Long.toString(Math.max(0, value));
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
