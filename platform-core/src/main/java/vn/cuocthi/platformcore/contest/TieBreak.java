package vn.cuocthi.platformcore.contest;

/** The criteria ranking contestants, applied in the order the contest lists them. */
public enum TieBreak {
    /** More points first. */
    SCORE,
    /** Closer to the round's actual figure first. */
    PREDICTION,
    /** Shorter exam first (server time). */
    DURATION,
    /** Earlier submission first. */
    SUBMITTED_AT
}
