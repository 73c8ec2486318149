package vn.cuocthi.tenantadmin.collective;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import vn.cuocthi.platformcore.contest.CollectiveRules;
import vn.cuocthi.platformcore.contest.CollectiveRules.Block;
import vn.cuocthi.platformcore.contest.CollectiveRules.Threshold;
import vn.cuocthi.platformcore.participation.UnitTally;
import vn.cuocthi.tenantadmin.collective.CollectiveRanking.BlockRanking;
import vn.cuocthi.tenantadmin.collective.CollectiveRanking.UnitFacts;
import vn.cuocthi.tenantadmin.collective.UnitStanding.Prize;
import vn.cuocthi.tenantadmin.collective.UnitStanding.Standing;

/** Hand-computed fixtures: every figure below was worked out on paper first (docs/results.md shows the same). */
class CollectiveRankingTest {

    /** At least 30% under 50 staff, 25% for 50–99, 20% from 100; 0.6 × rate + 0.4 × average percent. */
    private static final Block DEPARTMENTS = new Block("SO_NGANH",
            List.of(new Threshold(50, 30.0), new Threshold(100, 25.0), new Threshold(null, 20.0)), 0.6, 0.4, 1, 1, 1, 0);

    @Test
    void thresholdsAtTheirBoundariesAndUnitsWithoutHeadcount() {
        List<UnitFacts> units = List.of(
                unit("A", null, 40, null, "SO_NGANH"),   // 12 of 40 = exactly 30%: eligible
                unit("B", null, 40, null, "SO_NGANH"),   // 11 of 40 = 27.5%: just under
                unit("C", null, 49, null, "SO_NGANH"),   // 13 of 49 = 26.53% < 30% (under 50 staff)
                unit("D", null, 50, null, "SO_NGANH"),   // 13 of 50 = 26% ≥ 25% (50 staff is the next tier)
                unit("E", null, 0, null, "SO_NGANH"),    // headcount 0, yet 3 people took part
                unit("F", null, null, null, "SO_NGANH"), // headcount missing
                unit("G", null, 100, null, "SO_NGANH"),  // 20 of 100 = exactly 20% (any size)
                unit("H", null, 10, null, "SO_NGANH"));  // nobody took part
        Map<String, UnitTally> tallies = tallies(
                tally("A", 12, 80), tally("B", 11, 80), tally("C", 13, 90), tally("D", 13, 90),
                tally("E", 3, 100), tally("F", 2, 100), tally("G", 20, 50));

        List<UnitStanding> ranked = only(CollectiveRanking.rank(units, tallies, new CollectiveRules(List.of(DEPARTMENTS))));

        // D: 0.6 × 26 + 0.4 × 90 = 51.6; A: 0.6 × 30 + 0.4 × 80 = 50; G: 0.6 × 20 + 0.4 × 50 = 32
        assertThat(ranked).extracting(UnitStanding::code).containsExactly("D", "A", "G", "B", "C", "E", "F", "H");
        assertThat(ranked).extracting(UnitStanding::rank).containsExactly(1, 2, 3, null, null, null, null, null);
        assertThat(ranked).extracting(UnitStanding::prize)
                .containsExactly(Prize.FIRST, Prize.SECOND, Prize.THIRD, null, null, null, null, null);
        assertThat(ranked).extracting(UnitStanding::standing).containsExactly(Standing.ELIGIBLE, Standing.ELIGIBLE,
                Standing.ELIGIBLE, Standing.BELOW_RATE, Standing.BELOW_RATE, Standing.NO_HEADCOUNT,
                Standing.NO_HEADCOUNT, Standing.NO_PARTICIPANTS);
        assertThat(ranked).extracting(UnitStanding::points).containsExactly(decimal("51.6000"), decimal("50.0000"),
                decimal("32.0000"), decimal("48.5000"), decimal("51.9184"), null, null, null);
        assertThat(ranked).extracting(UnitStanding::requiredRatePercent)
                .containsExactly(25.0, 30.0, 20.0, 30.0, 30.0, 30.0, null, 30.0);
        UnitStanding a = ranked.get(1);
        assertThat(a.participationRate()).isEqualByComparingTo("30.00");
        assertThat(a.averageScorePercent()).isEqualByComparingTo("80.00");
        UnitStanding zero = ranked.get(5);
        assertThat(zero.participants()).isEqualTo(3);
        assertThat(zero.participationRate()).isNull();
        assertThat(ranked.get(6).headcount()).isNull();
        assertThat(ranked.get(6).participants()).isEqualTo(2);
    }

    @Test
    void equalPointsGoToTheHigherParticipationRate() {
        Block block = new Block("K", List.of(), 0.6, 0.4, null, null, null, null);
        // X: 0.6 × 50 + 0.4 × 50 = 50; Y: 0.6 × 40 + 0.4 × 65 = 50
        List<UnitStanding> ranked = only(CollectiveRanking.rank(
                List.of(unit("Y", null, 10, null, "K"), unit("X", null, 10, null, "K")),
                tallies(tally("X", 5, 50), tally("Y", 4, 65)), new CollectiveRules(List.of(block))));
        assertThat(ranked).extracting(UnitStanding::points).containsExactly(decimal("50.0000"), decimal("50.0000"));
        assertThat(ranked).extracting(UnitStanding::code).containsExactly("X", "Y");
        assertThat(ranked).extracting(UnitStanding::rank).containsExactly(1, 2);
    }

    @Test
    void aParentCountsItsChildrenAndGrandchildrenWhenTheBlockSaysSo() {
        List<UnitFacts> units = List.of(unit("P", null, 10, null, "HUYEN"), unit("C1", "P", 20, null, "XA"),
                unit("C2", "C1", 10, null, "XA"), unit("Q", null, 10, null, "HUYEN"));
        Map<String, UnitTally> tallies = tallies(tally("P", 2, 100), tally("C1", 7, 50), tally("C2", 3, 80), tally("Q", 5, 60));
        Block aggregating = new Block("HUYEN", List.of(new Threshold(null, 30.0)), 0.5, 0.5, 1, 0, 0, 0, true, null);

        List<UnitStanding> ranked = only(CollectiveRanking.rank(units, tallies, new CollectiveRules(List.of(aggregating))));

        // P with its family: 12 of 40 = 30%; (2 × 100 + 7 × 50 + 3 × 80) / 12 = 65.833333%;
        // 0.5 × 30 + 0.5 × 65.833333 = 47.9167. Q alone: 5 of 10 = 50%, 60% → 55
        UnitStanding p = ranked.stream().filter(u -> u.code().equals("P")).findFirst().orElseThrow();
        assertThat(p.includedUnits()).containsExactly("P", "C1", "C2");
        assertThat(p.headcount()).isEqualTo(40);
        assertThat(p.participants()).isEqualTo(12);
        assertThat(p.participationRate()).isEqualByComparingTo("30.00");
        assertThat(p.averageScorePercent()).isEqualByComparingTo("65.83");
        assertThat(p.points()).isEqualByComparingTo("47.9167");
        assertThat(p.standing()).isEqualTo(Standing.ELIGIBLE);
        assertThat(ranked).extracting(UnitStanding::code).containsExactly("Q", "P");
        assertThat(ranked.getFirst().prize()).isEqualTo(Prize.FIRST);

        // without aggregation P has only its own 2 of 10 = 20%: below its 30%
        Block own = new Block("HUYEN", List.of(new Threshold(null, 30.0)), 0.5, 0.5, 1, 0, 0, 0);
        UnitStanding alone = only(CollectiveRanking.rank(units, tallies, new CollectiveRules(List.of(own)))).stream()
                .filter(u -> u.code().equals("P")).findFirst().orElseThrow();
        assertThat(alone.includedUnits()).containsExactly("P");
        assertThat(alone.standing()).isEqualTo(Standing.BELOW_RATE);
    }

    @Test
    void aChildWithoutHeadcountLeavesTheParentWithoutOne() {
        List<UnitFacts> units = List.of(unit("P", null, 10, null, "HUYEN"), unit("C", "P", null, null, "XA"));
        Block aggregating = new Block("HUYEN", List.of(), 0.5, 0.5, 1, 0, 0, 0, true, null);
        UnitStanding p = only(CollectiveRanking.rank(units, tallies(tally("P", 5, 50), tally("C", 5, 50)),
                new CollectiveRules(List.of(aggregating)))).getFirst();
        assertThat(p.headcount()).isNull();
        assertThat(p.participants()).isEqualTo(10);
        assertThat(p.standing()).isEqualTo(Standing.NO_HEADCOUNT);
        assertThat(p.points()).isNull();
    }

    @Test
    void localitiesAreAlsoMeasuredAgainstTheirPopulation() {
        Block communes = new Block("XA", List.of(new Threshold(null, 30.0)), 0.5, 0.5, 3, 0, 0, 0, false, 40.0);
        List<UnitFacts> units = List.of(unit("L", null, 10, 20, "XA"), unit("M", null, 10, null, "XA"),
                unit("N", null, 10, 30, "XA"), unit("O", null, 10, 0, "XA"));
        // 8 people each: L 8 of 20 residents = exactly 40%; N 8 of 30 = 26.67%; M and O have no population
        Map<String, UnitTally> tallies = tallies(tally("L", 8, 50), tally("M", 8, 50), tally("N", 8, 50), tally("O", 8, 50));

        List<UnitStanding> ranked = only(CollectiveRanking.rank(units, tallies, new CollectiveRules(List.of(communes))));

        assertThat(ranked).extracting(UnitStanding::code).containsExactly("L", "M", "N", "O");
        assertThat(ranked).extracting(UnitStanding::standing).containsExactly(Standing.ELIGIBLE, Standing.NO_POPULATION,
                Standing.BELOW_POPULATION_RATE, Standing.NO_POPULATION);
        assertThat(ranked.get(0).populationRate()).isEqualByComparingTo("40.00");
        assertThat(ranked.get(2).populationRate()).isEqualByComparingTo("26.67");
        assertThat(ranked.get(1).populationRate()).isNull();
        assertThat(ranked.get(3).populationRate()).isNull();
    }

    @Test
    void unitsOfOtherBlocksAndBlocksWithoutUnitsStayApart() {
        List<BlockRanking> blocks = CollectiveRanking.rank(List.of(unit("A", null, 10, null, "KHAC"), unit("B", null, 10, null, null)),
                tallies(tally("A", 5, 50)), new CollectiveRules(List.of(DEPARTMENTS)));
        assertThat(blocks).hasSize(1);
        assertThat(blocks.getFirst().units()).isEmpty();
        assertThat(CollectiveRanking.rank(List.of(), Map.of(), null)).isEmpty();
    }

    /**
     * D: 0.6 × 26 + 0.4 × 90 = 51.6 without a session; A: 0.6 × 30 + 0.4 × 80 = 50 plus weight × 100 for its held
     * session. At 0.015 A has 51.5 and stays second; at 0.016 exactly 51.6, a tie the next figure breaks (A's rate
     * 30% over D's 26%); at 0.02, 52, first outright. B (27.5%, under the 30% tier) held one too and stays ineligible:
     * a session adds points, never eligibility.
     */
    @Test
    void sessionWeightAtItsBoundaries() {
        List<UnitFacts> units = List.of(unit("A", null, 40, null, "SO_NGANH"), unit("B", null, 40, null, "SO_NGANH"),
                unit("D", null, 50, null, "SO_NGANH"));
        Map<String, UnitTally> tallies = tallies(tally("A", 12, 80), tally("B", 11, 100), tally("D", 13, 90));
        java.util.Set<String> held = java.util.Set.of("A", "B");

        List<UnitStanding> below = only(CollectiveRanking.rank(units, tallies, new CollectiveRules(List.of(DEPARTMENTS), 0.015), held));
        assertThat(below).extracting(UnitStanding::code).containsExactly("D", "A", "B");
        assertThat(below).extracting(UnitStanding::points).containsExactly(decimal("51.6000"), decimal("51.5000"), decimal("58.0000"));
        assertThat(below).extracting(UnitStanding::sessionHeld).containsExactly(false, true, true);

        List<UnitStanding> tie = only(CollectiveRanking.rank(units, tallies, new CollectiveRules(List.of(DEPARTMENTS), 0.016), held));
        assertThat(tie).extracting(UnitStanding::code).containsExactly("A", "D", "B");
        assertThat(tie.get(0).points()).isEqualByComparingTo(tie.get(1).points());

        List<UnitStanding> above = only(CollectiveRanking.rank(units, tallies, new CollectiveRules(List.of(DEPARTMENTS), 0.02), held));
        assertThat(above).extracting(UnitStanding::code).containsExactly("A", "D", "B");
        assertThat(above.get(0).points()).isEqualTo(decimal("52.0000"));
        assertThat(above).extracting(UnitStanding::standing).containsExactly(Standing.ELIGIBLE, Standing.ELIGIBLE, Standing.BELOW_RATE);

        // no weight, or no rules for it: held sessions change nothing
        assertThat(only(CollectiveRanking.rank(units, tallies, new CollectiveRules(List.of(DEPARTMENTS)), held)))
                .extracting(UnitStanding::points).containsExactly(decimal("51.6000"), decimal("50.0000"), decimal("56.5000"));
    }

    @Test
    void contestsWrittenBeforeAggregationAndPopulationStillRead() {
        String old = """
                {"blocks": [{"block": "SO_NGANH", "thresholds": [{"belowHeadcount": 50, "minRatePercent": 30.0},
                  {"belowHeadcount": null, "minRatePercent": 25.0}], "participationWeight": 0.6, "scoreWeight": 0.4,
                  "first": 1, "second": 1, "third": 1, "consolation": 2}]}""";
        CollectiveRules rules = JsonMapper.builder().build().readValue(old, CollectiveRules.class);
        Block block = rules.blocks().getFirst();
        assertThat(rules.sessionWeight()).isNull();
        assertThat(block.aggregates()).isFalse();
        assertThat(block.minPopulationRatePercent()).isNull();
        assertThat(block.thresholdFor(49).orElseThrow().minRatePercent()).isEqualTo(30.0);
        assertThat(block.thresholdFor(50).orElseThrow().minRatePercent()).isEqualTo(25.0);
        assertThat(new Block("X", List.of(new Threshold(50, 30.0)), 1.0, 0.0, null, null, null, null).thresholdFor(50)).isEmpty();
    }

    private static List<UnitStanding> only(List<BlockRanking> blocks) {
        assertThat(blocks).hasSize(1);
        return blocks.getFirst().units();
    }

    private static UnitFacts unit(String code, String parent, Integer headcount, Integer population, String block) {
        return new UnitFacts(code, "Đơn vị " + code, parent, headcount, population, block);
    }

    /** {@code participants} people whose counted scores average {@code percent}% of the maximum (10 points). */
    private static UnitTally tally(String code, int participants, int percent) {
        return new UnitTally(code, participants, participants, (long) participants * percent / 10,
                BigDecimal.valueOf((long) participants * percent), UnitTally.ScoreBands.NONE);
    }

    private static Map<String, UnitTally> tallies(UnitTally... tallies) {
        return Arrays.stream(tallies).collect(Collectors.toMap(UnitTally::unitCode, Function.identity()));
    }

    private static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}
