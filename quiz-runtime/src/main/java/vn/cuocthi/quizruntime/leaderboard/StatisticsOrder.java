package vn.cuocthi.quizruntime.leaderboard;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Function;

/**
 * How the public statistics table is sorted: by a column header's link ({@code ?sort=ty-le}), on the server, so the
 * page's periodic refresh (which reloads its own address) keeps the order. Figures sort highest first, units with
 * no figure last, and the unit's name breaks ties.
 */
enum StatisticsOrder {
    NAME("ten", null),
    PARTICIPANTS("tham-gia", unit -> BigDecimal.valueOf(unit.participants())),
    RATE("ty-le", StatisticsOrder::rate),
    AVERAGE("diem", UnitStatistics.UnitParticipation::averageScore);

    private static final Comparator<UnitStatistics.UnitParticipation> BY_NAME =
            Comparator.comparing(UnitStatistics.UnitParticipation::name, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(UnitStatistics.UnitParticipation::code);

    private final String param;
    private final Function<UnitStatistics.UnitParticipation, BigDecimal> figure;

    StatisticsOrder(String param, Function<UnitStatistics.UnitParticipation, BigDecimal> figure) {
        this.param = param;
        this.figure = figure;
    }

    /** An unknown or missing value is the default order, never an error: it comes from a link someone shared. */
    static StatisticsOrder of(String param) {
        return Arrays.stream(values()).filter(order -> order.param.equals(param)).findFirst().orElse(NAME);
    }

    String param() {
        return param;
    }

    Comparator<UnitStatistics.UnitParticipation> comparator() {
        if (figure == null) {
            return BY_NAME;
        }
        return Comparator.comparing(figure, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder())).thenComparing(BY_NAME);
    }

    /** Localities are measured against their population, agencies against their staff. */
    static BigDecimal rate(UnitStatistics.UnitParticipation unit) {
        return unit.population() != null ? unit.populationRate() : unit.participationRate();
    }
}
