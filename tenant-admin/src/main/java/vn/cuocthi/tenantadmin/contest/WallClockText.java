package vn.cuocthi.tenantadmin.contest;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wall-clock times as Vietnamese staff read and type them: {@code 07/12/2026 07:30} (day first, 24 hours), with
 * seconds only where a time has some ({@code 23:59:59}). Typing is forgiving: one-digit day, month or hour, "-" or
 * "." between the date's parts, and the ISO form a browser's date-time picker or a script sends are accepted too.
 */
final class WallClockText {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})[ ,T]+(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?");
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

    private WallClockText() {
    }

    static String format(LocalDateTime time) {
        return time.getSecond() == 0 ? MINUTES.format(time) : SECONDS.format(time);
    }

    /** The time {@code text} names, or none when it is not one (31/02, 25:00, a word). */
    static Optional<LocalDateTime> parse(String text) {
        String value = text.strip().replaceAll("\\s+", " ");
        try {
            Matcher m = DAY_FIRST.matcher(value);
            if (m.matches()) {
                return Optional.of(of(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), m.group(6)));
            }
            m = ISO.matcher(value);
            if (m.matches()) {
                return Optional.of(of(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static LocalDateTime of(String year, String month, String day, String hour, String minute, String second) {
        return LocalDateTime.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day), Integer.parseInt(hour),
                Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
    }
}
