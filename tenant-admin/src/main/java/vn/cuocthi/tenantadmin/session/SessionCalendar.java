package vn.cuocthi.tenantadmin.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import vn.cuocthi.platformcore.session.ExamSession;
import vn.cuocthi.platformcore.session.ExamSessionStatus;

/**
 * The staff calendar: sessions by day (Vietnam time) and, per day, the contestants expected in sessions starting
 * in each hour, over the hours any session uses. Cancelled sessions are listed but not counted.
 */
record SessionCalendar(List<Integer> hours, List<Day> days, long totalExpected) {

    record Day(LocalDate date, List<ExamSession> sessions, List<Cell> cells, long expected) {
    }

    /** {@code level} 0 (none) to 4 (the busiest hour of the calendar), for shading without inline styles. */
    record Cell(int hour, long expected, int level) {
    }

    static SessionCalendar of(List<ExamSession> sessions) {
        List<ExamSession> counted = sessions.stream().filter(s -> s.status() != ExamSessionStatus.CANCELLED).toList();
        int first = counted.stream().mapToInt(s -> s.startsAt().getHour()).min().orElse(7);
        int last = counted.stream().mapToInt(s -> s.startsAt().getHour()).max().orElse(17);
        List<Integer> hours = IntStream.rangeClosed(first, last).boxed().toList();
        Map<LocalDate, List<ExamSession>> byDay = new TreeMap<>();
        sessions.forEach(s -> byDay.computeIfAbsent(s.startsAt().toLocalDate(), d -> new ArrayList<>()).add(s));
        Map<LocalDate, long[]> perHour = new TreeMap<>();
        long busiest = 0;
        for (ExamSession s : counted) {
            long[] day = perHour.computeIfAbsent(s.startsAt().toLocalDate(), d -> new long[24]);
            day[s.startsAt().getHour()] += s.expectedParticipants();
            busiest = Math.max(busiest, day[s.startsAt().getHour()]);
        }
        List<Day> days = new ArrayList<>();
        long total = 0;
        for (Map.Entry<LocalDate, List<ExamSession>> entry : byDay.entrySet()) {
            long[] day = perHour.getOrDefault(entry.getKey(), new long[24]);
            List<Cell> cells = new ArrayList<>();
            long expected = 0;
            for (int hour : hours) {
                cells.add(new Cell(hour, day[hour], level(day[hour], busiest)));
                expected += day[hour];
            }
            total += expected;
            days.add(new Day(entry.getKey(), List.copyOf(entry.getValue()), cells, expected));
        }
        return new SessionCalendar(hours, days, total);
    }

    private static int level(long expected, long busiest) {
        return expected == 0 || busiest == 0 ? 0 : (int) Math.max(1, Math.ceil(expected * 4.0 / busiest));
    }
}
