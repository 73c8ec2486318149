package vn.cuocthi.platformcore.participation;

import java.math.BigDecimal;

/**
 * What the contestants of one unit did in a round (or the whole contest), over each one's counted attempt.
 *
 * @param participants distinct contestants with a counted attempt
 * @param attempts     every finished attempt of those contestants (not only the counted one)
 * @param scoreSum     sum of the counted scores, in points
 * @param percentSum   sum of the counted scores in percent of their maximum (to average across exam sizes)
 */
public record UnitTally(String unitCode, int participants, long attempts, long scoreSum, BigDecimal percentSum,
                        ScoreBands bands) {

    public static UnitTally none(String unitCode) {
        return new UnitTally(unitCode, 0, 0, 0, BigDecimal.ZERO, ScoreBands.NONE);
    }

    /** This unit's figures together with another's (a parent counting its children). */
    public UnitTally plus(UnitTally other) {
        return new UnitTally(unitCode, participants + other.participants, attempts + other.attempts,
                scoreSum + other.scoreSum, percentSum.add(other.percentSum), bands.plus(other.bands));
    }

    /**
     * How many counted scores fall below half the maximum, from half to below 80%, from 80% to below the maximum,
     * and at the maximum.
     */
    public record ScoreBands(long belowHalf, long halfToEighty, long eightyToFull, long full) {

        public static final ScoreBands NONE = new ScoreBands(0, 0, 0, 0);

        public ScoreBands plus(ScoreBands other) {
            return new ScoreBands(belowHalf + other.belowHalf, halfToEighty + other.halfToEighty,
                    eightyToFull + other.eightyToFull, full + other.full);
        }
    }
}
