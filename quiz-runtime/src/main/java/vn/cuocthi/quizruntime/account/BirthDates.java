package vn.cuocthi.quizruntime.account;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Birth dates as people type them, day first: {@code 31/05/1990}, {@code 31-05-1990}, {@code 31.05.1990}, or the
 * eight digits {@code 31051990} that a phone's numeric keypad (iOS's has no "/") can give; scripts may send ISO
 * {@code 1990-05-31}. A date that does not exist (31/02) is refused, never moved to the month's last day.
 */
public final class BirthDates {

    /** Nobody registering is older than this; an older date is a typing error (1890 for 1990). */
    static final int OLDEST_AGE = 120;

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern DIGITS = Pattern.compile("(\\d{2})(\\d{2})(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private BirthDates() {
    }

    /** The date, if {@code typed} is one in a form above, not after {@code today} and at most 120 years before it. */
    public static Optional<LocalDate> parse(String typed, LocalDate today) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip();
        Optional<LocalDate> date = Optional.empty();
        Matcher m;
        if ((m = DAY_FIRST.matcher(text)).matches()) {
            date = date(m.group(4), m.group(3), m.group(1));
        } else if ((m = DIGITS.matcher(text)).matches()) {
            date = date(m.group(3), m.group(2), m.group(1));
        } else if ((m = ISO.matcher(text)).matches()) {
            date = date(m.group(1), m.group(2), m.group(3));
        }
        return date.filter(day -> !day.isAfter(today) && Period.between(day, today).getYears() <= OLDEST_AGE);
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }
}
