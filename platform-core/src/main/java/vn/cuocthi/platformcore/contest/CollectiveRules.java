package vn.cuocthi.platformcore.contest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Collective prizes (giải tập thể) per block of similar units.
 *
 * @param sessionWeight points (0..1, times 100 like the rate and the score percent) a unit earns when it held a
 *                      collective exam session that staff confirmed, in the round ranked (any round overall): the
 *                      Cao Bằng letter counts sitting together and sending photos towards the collective prizes.
 *                      Null or 0: sessions do not count.
 */
public record CollectiveRules(List<Block> blocks, Double sessionWeight) {

    public CollectiveRules {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    /** The rules of contests written before sessions counted. */
    public CollectiveRules(List<Block> blocks) {
        this(blocks, null);
    }

    public Optional<Block> block(String code) {
        return blocks.stream().filter(b -> b != null && b.block() != null && b.block().equals(code)).findFirst();
    }

    /**
     * @param thresholds               minimum participation rate by unit size, e.g. at least 30% under 50 staff
     * @param participationWeight      weight of the participation rate in the unit's points (0..1)
     * @param scoreWeight              weight of the average score, in percent of the maximum (0..1); the two add up to 1
     * @param aggregateChildren        a unit of this block counts its own people and those of every unit below it
     *                                 (a district with its communes); null or false: its own people only
     * @param minPopulationRatePercent for localities: participants must also reach this share of the population
     *                                 (Quảng Bình aimed at 40% of residents); null: no such condition
     */
    public record Block(String block, List<Threshold> thresholds, Double participationWeight, Double scoreWeight,
                        Integer first, Integer second, Integer third, Integer consolation,
                        Boolean aggregateChildren, Double minPopulationRatePercent) {

        public Block {
            thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
        }

        /** The form of contests written before parent aggregation and population targets existed. */
        public Block(String block, List<Threshold> thresholds, Double participationWeight, Double scoreWeight,
                     Integer first, Integer second, Integer third, Integer consolation) {
            this(block, thresholds, participationWeight, scoreWeight, first, second, third, consolation, null, null);
        }

        public boolean aggregates() {
            return Boolean.TRUE.equals(aggregateChildren);
        }

        /**
         * The tier for a unit of this headcount: the smallest {@code belowHeadcount} above it, else the tier for
         * any size (null); empty when no tier applies (no minimum rate then).
         */
        public Optional<Threshold> thresholdFor(int headcount) {
            return thresholds.stream()
                    .filter(t -> t != null && t.minRatePercent() != null)
                    .filter(t -> t.belowHeadcount() == null || headcount < t.belowHeadcount())
                    .min(Comparator.comparing(Threshold::belowHeadcount, Comparator.nullsLast(Comparator.naturalOrder())));
        }
    }

    /** Units with fewer than {@code belowHeadcount} staff (null: any size) need at least {@code minRatePercent}. */
    public record Threshold(Integer belowHeadcount, Double minRatePercent) {
    }
}
