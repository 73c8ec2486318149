package vn.cuocthi.tenantadmin.collective;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.cuocthi.platformcore.contest.CollectiveRules;
import vn.cuocthi.platformcore.contest.CollectiveRules.Block;
import vn.cuocthi.platformcore.participation.Rates;
import vn.cuocthi.platformcore.participation.UnitTally;
import vn.cuocthi.tenantadmin.collective.UnitStanding.Prize;
import vn.cuocthi.tenantadmin.collective.UnitStanding.Standing;

/**
 * The collective ranking as a pure function of the unit list, the per-unit tallies and the rules (docs/results.md,
 * "Collective prizes and reports", has the worked rules). Within each block: eligible units by points, then
 * participation rate, average score percent, participants, and the unit code last so the order is total.
 */
final class CollectiveRanking {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Sub-figures are kept this precise before points are rounded, so rounding never decides a place. */
    private static final int PRECISION = 6;

    private static final Comparator<UnitStanding> ORDER = Comparator
            .comparing(UnitStanding::points, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(UnitStanding::participationRate, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(UnitStanding::averageScorePercent, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(UnitStanding::participants, Comparator.reverseOrder())
            .thenComparing(UnitStanding::code);

    private CollectiveRanking() {
    }

    /** A unit of the contest's list; the headcount may be missing (null) as well as zero. */
    record UnitFacts(String code, String name, String parentCode, Integer headcount, Integer population, String block) {
    }

    record BlockRanking(String block, boolean aggregatesChildren, Double participationWeight, Double scoreWeight,
                        Double minPopulationRatePercent, List<CollectiveRules.Threshold> thresholds,
                        List<UnitStanding> units) {
    }

    static List<BlockRanking> rank(List<UnitFacts> units, Map<String, UnitTally> tallies, CollectiveRules rules) {
        return rank(units, tallies, rules, Set.of());
    }

    /** @param heldSessions units with a confirmed collective exam session, worth the rules' session weight */
    static List<BlockRanking> rank(List<UnitFacts> units, Map<String, UnitTally> tallies, CollectiveRules rules,
                                   Set<String> heldSessions) {
        double sessionWeight = rules == null || rules.sessionWeight() == null ? 0 : rules.sessionWeight();
        Map<String, List<UnitFacts>> children = units.stream().filter(u -> u.parentCode() != null)
                .collect(Collectors.groupingBy(UnitFacts::parentCode));
        List<BlockRanking> blocks = new ArrayList<>();
        for (Block block : rules == null ? List.<Block>of() : rules.blocks()) {
            if (block == null || block.block() == null) {
                continue;
            }
            List<UnitStanding> standings = units.stream().filter(u -> block.block().equals(u.block()))
                    .map(u -> standing(u, block, block.aggregates() ? family(u, children) : List.of(u), tallies,
                            heldSessions, sessionWeight))
                    .sorted(ORDER).toList();
            blocks.add(new BlockRanking(block.block(), block.aggregates(), block.participationWeight(),
                    block.scoreWeight(), block.minPopulationRatePercent(), block.thresholds(), placed(standings, block)));
        }
        return blocks;
    }

    /** The unit and every unit below it, each once, even should the list hold a cycle. */
    private static List<UnitFacts> family(UnitFacts root, Map<String, List<UnitFacts>> children) {
        Set<String> seen = new LinkedHashSet<>();
        List<UnitFacts> family = new ArrayList<>();
        Deque<UnitFacts> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            UnitFacts unit = todo.pop();
            if (seen.add(unit.code())) {
                family.add(unit);
                todo.addAll(children.getOrDefault(unit.code(), List.of()));
            }
        }
        return family;
    }

    private static UnitStanding standing(UnitFacts unit, Block block, List<UnitFacts> family, Map<String, UnitTally> tallies,
                                         Set<String> heldSessions, double sessionWeight) {
        UnitTally tally = family.stream().map(u -> tallies.getOrDefault(u.code(), UnitTally.none(u.code())))
                .reduce(UnitTally.none(unit.code()), UnitTally::plus);
        Integer headcount = sum(family.stream().map(UnitFacts::headcount).toList());
        Integer population = sum(family.stream().map(UnitFacts::population).toList());
        int participants = tally.participants();
        Double required = headcount == null ? null
                : block.thresholdFor(headcount).map(CollectiveRules.Threshold::minRatePercent).orElse(null);
        Double populationTarget = block.minPopulationRatePercent();

        Standing standing;
        if (headcount == null || headcount == 0) {
            standing = Standing.NO_HEADCOUNT;
        } else if (participants == 0) {
            standing = Standing.NO_PARTICIPANTS;
        } else if (required != null && !Rates.reaches(participants, headcount, required)) {
            standing = Standing.BELOW_RATE;
        } else if (populationTarget != null && (population == null || population == 0)) {
            standing = Standing.NO_POPULATION;
        } else if (populationTarget != null && !Rates.reaches(participants, population, populationTarget)) {
            standing = Standing.BELOW_POPULATION_RATE;
        } else {
            standing = Standing.ELIGIBLE;
        }
        BigDecimal averagePercent = participants == 0 ? null
                : tally.percentSum().divide(BigDecimal.valueOf(participants), PRECISION, RoundingMode.HALF_UP);
        BigDecimal points = headcount == null || headcount == 0 || averagePercent == null ? null
                : points(participants, headcount, averagePercent, block);
        boolean held = family.stream().anyMatch(u -> heldSessions.contains(u.code()));
        if (points != null && held && sessionWeight > 0) {
            points = points.add(BigDecimal.valueOf(sessionWeight).multiply(HUNDRED)).setScale(4, RoundingMode.HALF_UP);
        }
        return new UnitStanding(null, unit.code(), unit.name(), unit.parentCode(), unit.block(), headcount, population,
                family.stream().map(UnitFacts::code).toList(), participants, tally.attempts(),
                Rates.percent(participants, headcount), Rates.percent(participants, population),
                Rates.mean(BigDecimal.valueOf(tally.scoreSum()), participants),
                averagePercent == null ? null : averagePercent.setScale(2, RoundingMode.HALF_UP),
                required, populationTarget, standing, points, null, held);
    }

    /** A rate above 100% (more people than staff, e.g. citizens registered with the unit) counts as 100%. */
    private static BigDecimal points(int participants, int headcount, BigDecimal averagePercent, Block block) {
        BigDecimal rate = BigDecimal.valueOf(participants * 100L)
                .divide(BigDecimal.valueOf(headcount), PRECISION, RoundingMode.HALF_UP).min(HUNDRED);
        BigDecimal participationWeight = BigDecimal.valueOf(block.participationWeight() == null ? 0 : block.participationWeight());
        BigDecimal scoreWeight = BigDecimal.valueOf(block.scoreWeight() == null ? 0 : block.scoreWeight());
        return participationWeight.multiply(rate).add(scoreWeight.multiply(averagePercent)).setScale(4, RoundingMode.HALF_UP);
    }

    /** Places and prizes for the eligible units in order; the others keep no place and come after, by code. */
    private static List<UnitStanding> placed(List<UnitStanding> sorted, Block block) {
        List<UnitStanding> result = new ArrayList<>();
        int place = 0;
        int first = count(block.first());
        int second = first + count(block.second());
        int third = second + count(block.third());
        int consolation = third + count(block.consolation());
        for (UnitStanding unit : sorted) {
            if (unit.eligible()) {
                place++;
                Prize prize = place <= first ? Prize.FIRST : place <= second ? Prize.SECOND
                        : place <= third ? Prize.THIRD : place <= consolation ? Prize.CONSOLATION : null;
                result.add(unit.ranked(place, prize));
            }
        }
        sorted.stream().filter(u -> !u.eligible()).sorted(Comparator.comparing(UnitStanding::code)).forEach(result::add);
        return result;
    }

    private static int count(Integer n) {
        return n == null || n < 0 ? 0 : n;
    }

    /** The sum of the family's figures; missing when any member's is (a part cannot stand for the whole). */
    private static Integer sum(List<Integer> values) {
        int total = 0;
        for (Integer value : values) {
            if (value == null) {
                return null;
            }
            total += value;
        }
        return total;
    }
}
