package vn.cuocthi.platformcore;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Contests run on Vietnam time: instants are stored in UTC and shown at +07:00. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
    }
}
