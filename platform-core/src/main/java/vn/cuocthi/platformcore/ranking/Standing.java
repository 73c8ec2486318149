package vn.cuocthi.platformcore.ranking;

import java.time.Instant;

/** A ranked row: the rank within the contestant's group, the counted attempt, and who it is. */
public record Standing(int rank, RankedAttempt attempt, String fullName, String unitCode, String unitName,
                       Instant verifiedAt) {
}
