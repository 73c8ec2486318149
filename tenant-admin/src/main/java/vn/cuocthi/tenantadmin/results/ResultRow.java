package vn.cuocthi.tenantadmin.results;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One row of the individual ranking as staff see it: the rank within the group, every tie-break value that
 * placed it (so anyone can check the order), who it is, and the prize it earns.
 *
 * @param verification VERIFIED once staff checked the winner's information, else UNVERIFIED
 */
public record ResultRow(UUID contestantId, int rank, String name, Ref unit, Ref group, int score, int maxScore,
                        Long prediction, Long predictionDistance, long durationMs, OffsetDateTime submittedAt,
                        Prize prize, Verification verification) {

    /** A unit or a group: its code and its name. */
    public record Ref(String code, String name) {
    }

    public enum Verification {
        UNVERIFIED,
        VERIFIED
    }
}
