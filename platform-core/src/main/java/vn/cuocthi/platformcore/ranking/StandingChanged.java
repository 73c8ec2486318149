package vn.cuocthi.platformcore.ranking;

import java.util.UUID;

/**
 * A contestant's standing changed outside grading (disqualified, reinstated): every node hears it, in the
 * contestant's province's context, so live boards move the contestant at once.
 */
public record StandingChanged(UUID contestId, UUID contestantId) {
}
