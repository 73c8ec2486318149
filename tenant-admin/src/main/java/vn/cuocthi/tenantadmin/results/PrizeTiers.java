package vn.cuocthi.tenantadmin.results;

import java.util.List;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.IndividualPrize;

/**
 * The rules' prize counts for one ranking (a round, or the whole contest): the first {@code first} ranks of a
 * group get a first prize, the next {@code second} a second, and so on. The ranking is a total order, so a tie at
 * a prize boundary is already settled by the tie-break chain (and, last, the contestant id): the boundary falls
 * between two ranks, never inside one.
 */
final class PrizeTiers {

    private final List<IndividualPrize> tiers;

    private PrizeTiers(List<IndividualPrize> tiers) {
        this.tiers = tiers;
    }

    /** The tiers of a round (its name, as the rules name it) or, with null, of the overall ranking. */
    static PrizeTiers of(Contest contest, Integer roundIndex) {
        String round = roundIndex == null ? null : contest.definition().rounds().get(roundIndex).name();
        return new PrizeTiers(contest.definition().prizes().stream()
                .filter(prize -> prize != null && (round == null ? blank(prize.round()) : round.equals(prize.round())))
                .toList());
    }

    Prize prize(String group, int rank) {
        IndividualPrize tier = tiers.stream().filter(prize -> group.equals(prize.group())).findFirst().orElse(null);
        if (tier == null) {
            return null;
        }
        int upTo = 0;
        int[] counts = {count(tier.first()), count(tier.second()), count(tier.third()), count(tier.consolation())};
        for (int i = 0; i < counts.length; i++) {
            upTo += counts[i];
            if (rank <= upTo) {
                return Prize.values()[i];
            }
        }
        return null;
    }

    private static int count(Integer value) {
        return value == null ? 0 : Math.max(0, value);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
