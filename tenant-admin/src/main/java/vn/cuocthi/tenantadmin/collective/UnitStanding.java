package vn.cuocthi.tenantadmin.collective;

import java.math.BigDecimal;
import java.util.List;

/**
 * One unit in its block's collective ranking, with every figure its place depends on.
 *
 * @param rank                          place among the block's eligible units (1 = best); null when not eligible
 * @param headcount                     staff headcount; null when the unit list gives none
 * @param includedUnits                 the units whose people are counted here (itself, and its children when the
 *                                      block aggregates them)
 * @param participationRate             participants in percent of the headcount; null when the headcount is 0 or missing
 * @param averageScorePercent           average counted score in percent of the maximum (what the weights use)
 * @param requiredRatePercent           the minimum rate of the unit's size tier; null when no tier applies
 * @param requiredPopulationRatePercent the block's population target; null when it has none
 * @param points                        participation weight × min(rate, 100) + score weight × average percent
 *                                      (+ session weight × 100 when a session of the unit was held)
 * @param sessionHeld                   staff confirmed a collective exam session of the unit (or of a unit below it
 *                                      when the block aggregates) in the round ranked
 */
public record UnitStanding(Integer rank, String code, String name, String parentCode, String block, Integer headcount,
                           Integer population, List<String> includedUnits, int participants, long attempts,
                           BigDecimal participationRate, BigDecimal populationRate, BigDecimal averageScore,
                           BigDecimal averageScorePercent, Double requiredRatePercent,
                           Double requiredPopulationRatePercent, Standing standing, BigDecimal points, Prize prize,
                           boolean sessionHeld) {

    public boolean eligible() {
        return standing == Standing.ELIGIBLE;
    }

    UnitStanding ranked(int place, Prize award) {
        return new UnitStanding(place, code, name, parentCode, block, headcount, population, includedUnits,
                participants, attempts, participationRate, populationRate, averageScore, averageScorePercent,
                requiredRatePercent, requiredPopulationRatePercent, standing, points, award, sessionHeld);
    }

    /** Why a unit is or is not eligible, checked in this order. */
    public enum Standing {
        ELIGIBLE,
        /** headcount 0 or missing: no rate can be computed, so the unit cannot qualify (it is still reported) */
        NO_HEADCOUNT,
        NO_PARTICIPANTS,
        BELOW_RATE,
        /** the block has a population target and the unit's population is 0 or missing */
        NO_POPULATION,
        BELOW_POPULATION_RATE
    }

    public enum Prize {
        FIRST,
        SECOND,
        THIRD,
        CONSOLATION
    }
}
