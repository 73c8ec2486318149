package vn.cuocthi.tenantadmin.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import vn.cuocthi.platformcore.VietnamTime;

/**
 * What goes into a cell. Text that a spreadsheet would take for a formula ({@code = + - @}, or a tab or carriage
 * return before one) gets a leading apostrophe, the OWASP advice against CSV/formula injection: a contestant named
 * {@code =HYPERLINK(...)} stays a name. Numbers stay numbers (a negative score is not text and is not touched).
 */
public final class Cells {

    /** Excel keeps at most this many characters in a cell. */
    static final int MAX_TEXT = 32_767;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private Cells() {
    }

    /** Text safe to put in a cell: neutralised against formulas and cut to what a cell holds. */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String safe = value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
        return safe.length() <= MAX_TEXT ? safe : safe.substring(0, MAX_TEXT - 1) + "…";
    }

    /** A value as text, for CSV and for anything that is not a number: instants in Vietnam time. */
    static String display(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> TIME.format(VietnamTime.of(instant));
            case OffsetDateTime time -> TIME.format(VietnamTime.of(time.toInstant()));
            case BigDecimal decimal -> decimal.toPlainString();
            case Number number -> number.toString();
            default -> text(value.toString());
        };
    }

    /** Whether the value is written as a number cell. */
    static boolean numeric(Object value) {
        return value instanceof Number;
    }
}
