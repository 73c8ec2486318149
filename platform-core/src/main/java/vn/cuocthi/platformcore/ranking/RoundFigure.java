package vn.cuocthi.platformcore.ranking;

import java.time.Instant;

import vn.cuocthi.platformcore.contest.Prediction;

/**
 * The actual figure a round's prediction question asks about, as frozen: what was counted, the value, and when,
 * how and by whom it was computed ({@code system} at the round's close, a staff member's name when recomputed).
 */
public record RoundFigure(int roundIndex, Prediction.Measure measure, long value, Method method, Instant computedAt,
                          String computedBy) {

    public enum Method {
        /** Computed once the round had closed (end plus grace, no exam still open). */
        AT_CLOSE,
        /** Recomputed by staff, audited. */
        RECOMPUTED
    }
}
