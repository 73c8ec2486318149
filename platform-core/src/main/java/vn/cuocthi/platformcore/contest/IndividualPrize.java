package vn.cuocthi.platformcore.contest;

/**
 * Individual prizes of one group, for one round or for the whole contest.
 *
 * @param round null for the overall ranking, else the round's name
 */
public record IndividualPrize(String group, String round, Integer first, Integer second, Integer third, Integer consolation) {
}
