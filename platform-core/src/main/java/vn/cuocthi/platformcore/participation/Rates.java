package vn.cuocthi.platformcore.participation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as the reports show them: two decimals, and none at all when there is nothing to divide by. */
public final class Rates {

    private Rates() {
    }

    /** {@code part} in percent of {@code whole}; null when the whole is missing or zero (never a division by zero). */
    public static BigDecimal percent(long part, Integer whole) {
        return whole == null || whole <= 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** The mean of a sum over {@code count} items, two decimals; null for no items. */
    public static BigDecimal mean(BigDecimal sum, long count) {
        return count <= 0 ? null : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /**
     * Whether {@code part} of {@code whole} reaches {@code minPercent}, compared exactly (12 of 40 reaches 30%; a
     * rounded rate could let 29.996% pass).
     */
    public static boolean reaches(long part, int whole, double minPercent) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .compareTo(BigDecimal.valueOf(minPercent).multiply(BigDecimal.valueOf(whole))) >= 0;
    }
}
