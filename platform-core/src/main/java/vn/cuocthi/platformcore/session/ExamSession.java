package vn.cuocthi.platformcore.session;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A unit's collective exam session.
 *
 * @param round      1-based, the round whose schedule holds {@code startsAt}
 * @param startsAt   Vietnam time
 * @param photoCount photos sent so far
 */
public record ExamSession(UUID id, UUID contestId, String unitCode, String unitName, int round, OffsetDateTime startsAt,
                          int expectedParticipants, String place, String contactName, String contactPhone,
                          ExamSessionStatus status, Instant createdAt, int photoCount) {
}
