package vn.cuocthi.platformcore.contest;

import java.time.OffsetDateTime;

import vn.cuocthi.platformcore.VietnamTime;

/**
 * A round (tuần, đợt) with exact instants. Any offset is accepted; the round always holds (and shows) them in
 * Vietnam time, as the contest's rules state them.
 */
public record Round(String name, OffsetDateTime startsAt, OffsetDateTime endsAt) {

    public Round {
        startsAt = startsAt == null ? null : VietnamTime.of(startsAt.toInstant());
        endsAt = endsAt == null ? null : VietnamTime.of(endsAt.toInstant());
    }
}
