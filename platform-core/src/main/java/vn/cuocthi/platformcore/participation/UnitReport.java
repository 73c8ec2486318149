package vn.cuocthi.platformcore.participation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.cuocthi.platformcore.participation.UnitTally.ScoreBands;

/**
 * The weekly unit report organisers publish (Lạng Sơn's weekly counts per unit): per unit of the contest's own
 * list, participants, attempts, participation rate, average score and score bands; the units at 100%, the
 * laggards, and the totals round by round.
 *
 * @param round                  the round (1-based) the figures are for, or null for the whole contest
 * @param unassignedParticipants contestants whose unit is not in the contest's list (counted in the totals)
 */
public record UnitReport(UUID contestId, String contestName, Integer round, String roundName, Instant computedAt,
                         Totals totals, ScoreBands bands, List<Row> units, List<Row> fullParticipation,
                         List<Row> laggards, List<RoundTotal> rounds, int unassignedParticipants) {

    /**
     * One unit's own figures. Rates are percentages with two decimals, null when the headcount (or population) is
     * zero or missing; the average is in points, its percentage of the maximum beside it.
     */
    public record Row(String code, String name, String parentCode, String block, int headcount, Integer population,
                      int participants, long attempts, BigDecimal participationRate, BigDecimal populationRate,
                      BigDecimal averageScore, BigDecimal averageScorePercent, ScoreBands bands) {
    }

    public record Totals(int participants, long attempts, int headcount, BigDecimal participationRate,
                         BigDecimal averageScore) {
    }

    /** One round's totals (1-based round number), for the week-by-week series. */
    public record RoundTotal(int round, String name, int participants, long attempts, BigDecimal participationRate) {
    }
}
