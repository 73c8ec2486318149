package vn.cuocthi.tenantadmin.console;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.cuocthi.platformcore.VietnamTime;
import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.web.ColumnChart;

/**
 * The dashboard's figures for the whole province, a handful of grouped queries in its schema: registrations, exams
 * in progress, submissions per minute over the last hour, totals per round, and registrations per day.
 */
@Service
class ConsoleStatistics {

    static final int DAYS = 14;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    private final JdbcClient jdbc;
    private final ContestStore contests;
    private final Clock clock;

    ConsoleStatistics(JdbcClient jdbc, ContestStore contests, Clock clock) {
        this.jdbc = jdbc;
        this.contests = contests;
        this.clock = clock;
    }

    /** One round of one contest: finished exams and the distinct people who sat them. */
    record RoundTotal(String contest, String round, long exams, long participants) {
    }

    /**
     * @param lastMinute      exams submitted in the last full minute
     * @param perMinute       the last 60 minutes, oldest first
     * @param registrationsByDay the last {@value #DAYS} days in Vietnam time, oldest first
     */
    record Dashboard(long registrations, long registrationsToday, long inProgress, long submittedLastHour,
                     long lastMinute, ColumnChart perMinute, List<RoundTotal> rounds, ColumnChart registrationsByDay) {
    }

    Dashboard now() {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        Instant today = VietnamTime.of(now).toLocalDate().atStartOfDay(VietnamTime.ZONE).toInstant();
        long registrations = jdbc.sql("select count(*) from contestant").query(Long.class).single();
        long registrationsToday = jdbc.sql("select count(*) from contestant where registered_at >= ?")
                .param(Timestamp.from(today)).query(Long.class).single();
        long inProgress = jdbc.sql("select count(*) from attempt where status = 'IN_PROGRESS' and closes_at > ?")
                .param(at).query(Long.class).single();

        Instant hourAgo = now.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(59));
        Map<Instant, Long> minutes = new HashMap<>();
        jdbc.sql("""
                select date_trunc('minute', submitted_at) as minute, count(*) as n from attempt
                where submitted_at >= ? and submitted_at <= ? group by 1""")
                .params(Timestamp.from(hourAgo), at)
                .query((rs, row) -> minutes.put(rs.getTimestamp("minute").toInstant(), rs.getLong("n"))).list();
        List<ColumnChart.Entry> perMinute = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Instant minute = hourAgo.plus(Duration.ofMinutes(i));
            perMinute.add(new ColumnChart.Entry(VietnamTime.of(minute).toLocalTime().toString(), minutes.getOrDefault(minute, 0L)));
        }
        long lastHour = perMinute.stream().mapToLong(ColumnChart.Entry::value).sum();
        long lastMinute = perMinute.get(59).value();

        LocalDate first = VietnamTime.of(now).toLocalDate().minusDays(DAYS - 1);
        Map<LocalDate, Long> days = new HashMap<>();
        jdbc.sql("""
                select cast(registered_at at time zone 'Asia/Ho_Chi_Minh' as date) as day, count(*) as n from contestant
                where registered_at >= ? group by 1""")
                .param(Timestamp.from(first.atStartOfDay(VietnamTime.ZONE).toInstant()))
                .query((rs, row) -> days.put(rs.getDate("day").toLocalDate(), rs.getLong("n"))).list();
        List<ColumnChart.Entry> byDay = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            LocalDate day = first.plusDays(i);
            byDay.add(new ColumnChart.Entry(day.format(DAY), days.getOrDefault(day, 0L)));
        }
        return new Dashboard(registrations, registrationsToday, inProgress, lastHour, lastMinute,
                ColumnChart.of(perMinute, 6, 100), rounds(), ColumnChart.of(byDay, 28, 120));
    }

    private List<RoundTotal> rounds() {
        Map<UUID, Contest> byId = new HashMap<>();
        contests.all().forEach(contest -> byId.put(contest.id(), contest));
        return jdbc.sql("""
                select contest_id, round_index, count(*) as exams, count(distinct contestant_id) as people from attempt
                where status <> 'IN_PROGRESS' group by contest_id, round_index order by contest_id, round_index""")
                .query((rs, row) -> {
                    Contest contest = byId.get(rs.getObject("contest_id", UUID.class));
                    int index = rs.getInt("round_index");
                    String round = contest != null && index < contest.definition().rounds().size()
                            ? contest.definition().rounds().get(index).name() : String.valueOf(index + 1);
                    return new RoundTotal(contest == null ? "" : contest.definition().name(), round,
                            rs.getLong("exams"), rs.getLong("people"));
                })
                .list();
    }
}
