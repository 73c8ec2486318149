package vn.cuocthi.platformcore.personal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.VietnamTime;
import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.contest.Round;

/**
 * Keeps contestants' personal data only as long as each contest's retention setting says ({@code
 * contest.retention_months}, default {@code cuocthi.personal-data.retention-months}, 12) after its last round
 * ended, then erases it ({@link PersonalRecords#eraseContest}: results stay, names masked). Every node schedules it;
 * a lease row per province ({@link JobLock}) lets one run at a time, and a second run finds nothing left to erase.
 */
@Component
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    static final String ACTOR = "system:retention";
    /** The range a contest's retention may be set to, in months (the API and the console's wizard alike). */
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 120;

    private final ContestStore contests;
    private final PersonalRecords records;
    private final JobLock lock;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int defaultMonths;

    Retention(ContestStore contests, PersonalRecords records, JobLock lock, JdbcClient jdbc,
              Clock clock, @Value("${cuocthi.personal-data.retention-months:12}") int defaultMonths) {
        this.contests = contests;
        this.records = records;
        this.lock = lock;
        this.jdbc = jdbc;
        this.clock = clock;
        this.defaultMonths = defaultMonths;
    }

    @Scheduled(fixedDelayString = "${cuocthi.personal-data.retention-every:1h}",
            initialDelayString = "${cuocthi.personal-data.retention-every:1h}")
    public void runAll() {
        lock.everyProvince("personal-data-retention", this::runHere);
    }

    /** The current province's pass: how many registrations it erased. */
    public int runHere() {
        Instant now = clock.instant();
        int erased = 0;
        for (Contest contest : contests.all()) {
            Optional<Instant> until = keptUntil(contest);
            if (until.isPresent() && !now.isBefore(until.get())) {
                erased += records.eraseContest(contest.id(), ACTOR, "retention of " + months(contest) + " months ended");
            }
        }
        if (erased > 0) {
            log.info("Erased the personal data of {} contestant(s) whose contests' retention ended", erased);
        }
        return erased;
    }

    /** When the contest's contestants' data goes: its last round's end plus its retention months; none while undated. */
    public Optional<Instant> keptUntil(Contest contest) {
        List<Round> rounds = contest.definition().rounds() == null ? List.of() : contest.definition().rounds();
        return rounds.stream().filter(java.util.Objects::nonNull).map(Round::endsAt).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder())
                .map(end -> end.atZoneSameInstant(ZoneOffset.UTC).plusMonths(months(contest)).toInstant());
    }

    /** {@link #keptUntil}'s day in Vietnam, for pages: the day the contestants' data is erased. */
    public Optional<LocalDate> erasedOn(Contest contest) {
        return keptUntil(contest).map(until -> until.atZone(VietnamTime.ZONE).toLocalDate());
    }

    /** The months a contest keeps its contestants' data when it sets none. */
    public int defaultMonths() {
        return defaultMonths;
    }

    public int months(Contest contest) {
        Integer months = jdbc.sql("select retention_months from contest where id = ?").param(contest.id())
                .query(Integer.class).optional().orElse(null);
        return months == null ? defaultMonths : months;
    }

    public static boolean allowed(Integer months) {
        return months == null || (months >= MIN_MONTHS && months <= MAX_MONTHS);
    }

    /** Sets the contest's retention ({@link #allowed}: 1–120 months; null: the default). */
    public void setMonths(java.util.UUID contestId, Integer months) {
        jdbc.sql("update contest set retention_months = ? where id = ?").params(months, contestId).update();
    }
}
