package vn.cuocthi.platformcore.ranking;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A contestant's counted attempt with every figure that ranks it.
 *
 * @param submittedAt        kept to the millisecond: the precision the ranking compares (and shows)
 * @param predictionDistance |prediction − the round's frozen figure|; null while the figure is not frozen or
 *                           without a prediction (such an attempt comes after those with one on that criterion)
 */
public record RankedAttempt(UUID contestantId, String groupCode, int roundIndex, int score, int maxScore,
                            long durationMs, Instant submittedAt, Long prediction, Long predictionDistance) {

    public RankedAttempt {
        submittedAt = submittedAt.truncatedTo(ChronoUnit.MILLIS);
    }
}
