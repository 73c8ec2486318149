package vn.cuocthi.quizruntime.leaderboard;

import java.util.List;
import java.util.UUID;

import vn.cuocthi.platformcore.contest.TieBreak;

/**
 * A contestant's place as a string that sorts in ranking order: each criterion of the contest's tie-break order,
 * fixed-width, better first, then the contestant id so that equal records still have one deterministic order
 * (invariant 5). The raw figures follow, for display. PREDICTION counts only once the round's actual figure is
 * known; before that it is left out, and the page says so.
 */
final class RankingKey {

    private static final long NO_PREDICTION = 999_999_999_999L;

    private RankingKey() {
    }

    static String of(CountedAttempts.Counted counted, List<TieBreak> order, Long actual) {
        StringBuilder key = new StringBuilder(96);
        for (TieBreak tieBreak : order) {
            switch (tieBreak) {
                case SCORE -> key.append(pad(999_999 - counted.score(), 6));
                case DURATION -> key.append(pad(counted.durationMs(), 10));
                case SUBMITTED_AT -> key.append(pad(counted.submittedAt().toEpochMilli(), 14));
                case PREDICTION -> {
                    if (actual != null) {
                        key.append(pad(distance(counted.prediction(), actual), 12));
                    }
                }
            }
        }
        return key.append('|').append(counted.contestantId()).append('|').append(counted.score()).append('|')
                .append(counted.maxScore()).append('|').append(counted.durationMs()).append('|')
                .append(counted.submittedAt().toEpochMilli()).append('|')
                .append(counted.prediction() == null ? "" : counted.prediction()).toString();
    }

    static long distance(Long prediction, long actual) {
        return prediction == null ? NO_PREDICTION : Math.min(NO_PREDICTION - 1, Math.abs(prediction - actual));
    }

    /** The figures back from a member: contestant id, score, max score, duration, submitted at, prediction. */
    static CountedAttempts.Counted parse(String member) {
        String[] parts = member.split("\\|", -1);
        return new CountedAttempts.Counted(UUID.fromString(parts[1]), Integer.parseInt(parts[2]), Integer.parseInt(parts[3]),
                Long.parseLong(parts[4]), java.time.Instant.ofEpochMilli(Long.parseLong(parts[5])),
                parts[6].isEmpty() ? null : Long.valueOf(parts[6]));
    }

    private static String pad(long value, int width) {
        String digits = Long.toString(Math.max(0, value));
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
