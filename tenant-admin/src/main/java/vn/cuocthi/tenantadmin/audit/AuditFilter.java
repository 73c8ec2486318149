package vn.cuocthi.tenantadmin.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import vn.cuocthi.platformcore.VietnamTime;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ApiException.FieldError;

/**
 * What staff filter the audit log by; every part optional. {@code to} is exclusive.
 *
 * @param page 1-based
 */
public record AuditFilter(UUID contest, String actor, String action, Instant from, Instant to, int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    /**
     * Reads the query parameters as typed: dates as {@code 2025-12-04} (a whole Vietnam day: {@code from} its start,
     * {@code to} the end of it) or instants with an offset. Every unreadable one is named in one 422.
     */
    public static AuditFilter parse(String contest, String actor, String action, String from, String to, String page,
                                    String size) {
        List<FieldError> errors = new ArrayList<>();
        UUID contestId = null;
        if (present(contest)) {
            try {
                contestId = UUID.fromString(contest.strip());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.field("contest", "audit.filter.contest", contest));
            }
        }
        Instant start = time("from", from, false, errors);
        Instant end = time("to", to, true, errors);
        if (start != null && end != null && !start.isBefore(end)) {
            errors.add(FieldError.field("to", "audit.filter.order"));
        }
        int pageNumber = number("page", page, 1, 1, Integer.MAX_VALUE, errors);
        int pageSize = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new AuditFilter(contestId, present(actor) ? actor.strip() : null, present(action) ? action.strip().toUpperCase(Locale.ROOT) : null,
                start, end, pageNumber, pageSize);
    }

    /** The same filter over every page (for an export). */
    public static AuditFilter ofContest(UUID contest) {
        return new AuditFilter(contest, null, null, null, null, 1, MAX_SIZE);
    }

    private static Instant time(String field, String text, boolean endOfDay, List<FieldError> errors) {
        if (!present(text)) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            return (endOfDay ? day.plusDays(1) : day).atStartOfDay(VietnamTime.ZONE).toInstant();
        } catch (DateTimeParseException notADay) {
            try {
                return OffsetDateTime.parse(text.strip()).toInstant();
            } catch (DateTimeParseException e) {
                errors.add(FieldError.field(field, "audit.filter.time", text));
                return null;
            }
        }
    }

    private static int number(String field, String text, int fallback, int min, int max, List<FieldError> errors) {
        if (!present(text)) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below, like a number out of range
        }
        errors.add(FieldError.field(field, "audit.filter.number", min, max));
        return fallback;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
