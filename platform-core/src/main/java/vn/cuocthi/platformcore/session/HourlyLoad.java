package vn.cuocthi.platformcore.session;

import java.time.OffsetDateTime;

/** The contestants expected in sessions starting within one hour (Vietnam time), over sessions not cancelled. */
public record HourlyLoad(OffsetDateTime hour, long expectedParticipants, long sessions) {
}
