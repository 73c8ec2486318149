package vn.cuocthi.tenantadmin.session;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import vn.cuocthi.platformcore.session.ExamSessionStore;
import vn.cuocthi.platformcore.session.HourlyLoad;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ApiException.FieldError;

/**
 * The operator's capacity plan: the contestants expected per hour in every active province's collective sessions,
 * read from each province's schema in turn.
 */
@Service
class PlatformSessionLoad {

    /** Capacity planning looks weeks ahead, not years: one query per province, bounded. */
    static final Duration MAX_SPAN = Duration.ofDays(62);

    private final TenantRegistry tenants;
    private final ExamSessionStore store;

    PlatformSessionLoad(TenantRegistry tenants, ExamSessionStore store) {
        this.tenants = tenants;
        this.store = store;
    }

    record HourlyTotal(OffsetDateTime hour, long expectedParticipants, long sessions, int provinces) {
    }

    record Plan(OffsetDateTime from, OffsetDateTime to, List<HourlyTotal> hours) {
    }

    Plan hourly(String fromText, String toText) {
        Instant from = instant("from", fromText);
        Instant to = instant("to", toText);
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(MAX_SPAN) > 0) {
            throw ApiException.invalid(List.of(FieldError.field("to", "session.hourly.span", MAX_SPAN.toDays())));
        }
        Map<OffsetDateTime, long[]> sums = new TreeMap<>();
        tenants.forEachActive(tenant -> {
            for (HourlyLoad load : store.hourly(from, to)) {
                long[] sum = sums.computeIfAbsent(load.hour(), hour -> new long[3]);
                sum[0] += load.expectedParticipants();
                sum[1] += load.sessions();
                sum[2]++;
            }
        });
        List<HourlyTotal> hours = new ArrayList<>();
        sums.forEach((hour, sum) -> hours.add(new HourlyTotal(hour, sum[0], sum[1], (int) sum[2])));
        return new Plan(vn.cuocthi.platformcore.VietnamTime.of(from), vn.cuocthi.platformcore.VietnamTime.of(to), hours);
    }

    private static Instant instant(String field, String text) {
        try {
            return OffsetDateTime.parse(text == null ? "" : text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(List.of(FieldError.field(field, "session.hourly.time", String.valueOf(text))));
        }
    }
}
