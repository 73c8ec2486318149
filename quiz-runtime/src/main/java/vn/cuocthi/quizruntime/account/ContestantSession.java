package vn.cuocthi.quizruntime.account;

import java.time.Instant;
import java.util.UUID;

/**
 * A signed-in contestant, as their token says: the province, the contest they registered for, who they are, and
 * the sign-in session. A new sign-in is a new session.
 */
public record ContestantSession(String tenantSlug, UUID contestId, UUID contestantId, String sessionId,
                                Instant expiresAt, Instant issuedAt) {
}
