package vn.cuocthi.platformcore.contest;

import java.util.List;

/** Collective prizes (giải tập thể) per block of similar units. */
public record CollectiveRules(List<Block> blocks) {

    public CollectiveRules {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    /**
     * @param thresholds          minimum participation rate by unit size, e.g. at least 30% under 50 staff
     * @param participationWeight weight of the participation rate in the unit's score (0..1)
     * @param scoreWeight         weight of the average score (0..1); the two weights add up to 1
     */
    public record Block(String block, List<Threshold> thresholds, Double participationWeight, Double scoreWeight,
                        Integer first, Integer second, Integer third, Integer consolation) {

        public Block {
            thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
        }
    }

    /** Units with fewer than {@code belowHeadcount} staff (null: any size) need at least {@code minRatePercent}. */
    public record Threshold(Integer belowHeadcount, Double minRatePercent) {
    }
}
