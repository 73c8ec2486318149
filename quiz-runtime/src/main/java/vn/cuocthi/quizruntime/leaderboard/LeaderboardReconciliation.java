package vn.cuocthi.quizruntime.leaderboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.contest.Round;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;

/**
 * The safety net behind the after-commit board update: a grade whose Redis write failed (or a standing change
 * whose announcement was lost) reaches the boards at the next pass, not only when a board is rebuilt. Passes run
 * on every node and are idempotent; contests whose last round ended more than a week ago are left alone.
 */
@Component
public class LeaderboardReconciliation {

    private static final Logger log = LoggerFactory.getLogger(LeaderboardReconciliation.class);
    private static final Duration AFTER_LAST_ROUND = Duration.ofDays(7);

    private final TenantRegistry tenants;
    private final ContestStore contests;
    private final Leaderboard leaderboard;
    private final Clock clock;

    LeaderboardReconciliation(TenantRegistry tenants, ContestStore contests, Leaderboard leaderboard, Clock clock) {
        this.tenants = tenants;
        this.contests = contests;
        this.leaderboard = leaderboard;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${cuocthi.leaderboard.reconcile-every:30s}", initialDelayString = "${cuocthi.leaderboard.reconcile-every:30s}")
    public void reconcileAll() {
        tenants.forEachActive(tenant -> {
            Instant now = clock.instant();
            for (Contest contest : contests.published()) {
                if (!recent(contest, now)) {
                    continue;
                }
                try {
                    leaderboard.reconcile(contest);
                } catch (RuntimeException e) {
                    log.warn("Reconciling the boards of contest {} of {} failed; the next pass retries: {}",
                            contest.id(), tenant.slug(), e.toString());
                }
            }
        });
    }

    private static boolean recent(Contest contest, Instant now) {
        return contest.firstStart().map(start -> !now.isBefore(start)).orElse(false)
                && contest.definition().rounds().stream().map(Round::endsAt).filter(java.util.Objects::nonNull)
                .anyMatch(end -> end.toInstant().plus(AFTER_LAST_ROUND).isAfter(now));
    }
}
