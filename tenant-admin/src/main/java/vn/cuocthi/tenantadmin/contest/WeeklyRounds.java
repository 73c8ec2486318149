package vn.cuocthi.tenantadmin.contest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

import vn.cuocthi.tenantadmin.contest.ContestForm.RoundRow;

/**
 * "Tạo n vòng thi hằng tuần từ thứ Hai này": n rounds of a week each, the first from this week's Monday 00:00 to
 * its Sunday 23:59:59, in the contest's time zone (Vietnam time, where {@code today} is taken). They only fill the
 * schedule step's rows; staff check them and save as usual.
 */
final class WeeklyRounds {

    static final int MAX = 52;

    private WeeklyRounds() {
    }

    /** The rounds, or none when {@code count} is not a number from 1 to {@link #MAX}. */
    static Optional<List<RoundRow>> of(String count, LocalDate today, IntFunction<String> name) {
        int n;
        try {
            n = Integer.parseInt(count == null ? "" : count.strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (n < 1 || n > MAX) {
            return Optional.empty();
        }
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<RoundRow> rounds = new ArrayList<>();
        for (int week = 0; week < n; week++) {
            LocalDate start = monday.plusWeeks(week);
            rounds.add(new RoundRow(name.apply(week + 1), WallClockText.format(start.atStartOfDay()),
                    WallClockText.format(start.plusDays(6).atTime(LocalTime.of(23, 59, 59)))));
        }
        return Optional.of(rounds);
    }
}
