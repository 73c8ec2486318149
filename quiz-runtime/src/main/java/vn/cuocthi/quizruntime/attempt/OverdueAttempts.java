package vn.cuocthi.quizruntime.attempt;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.tenancy.AfterRelease;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;

/**
 * Finalizes every attempt whose deadline plus grace has passed, with its saved answers: the contestant closed the
 * phone, lost the connection or simply never pressed submit. Every node runs it; {@code FOR UPDATE SKIP LOCKED}
 * gives each overdue attempt to one node, and the grade's {@code status = 'IN_PROGRESS'} guard makes a second
 * grading impossible anyway.
 *
 * <p>Metrics: {@code cuocthi.attempts.finalized} counts the exams this node finalized, and
 * {@code cuocthi.attempts.finalizer.last.success} is the wall-clock time (epoch seconds) of its last pass that went
 * through every province without a failure, so an alert sees a finalizer that stopped or keeps failing
 * (deploy/monitoring).
 */
@Component
public class OverdueAttempts {

    private static final Logger log = LoggerFactory.getLogger(OverdueAttempts.class);
    private static final int BATCH = 200;

    private final TenantRegistry tenants;
    private final AttemptStore store;
    private final ContestStore contests;
    private final Attempts attempts;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Counter finalized;
    private final AtomicLong lastSuccess = new AtomicLong(System.currentTimeMillis());

    OverdueAttempts(TenantRegistry tenants, AttemptStore store, ContestStore contests, Attempts attempts,
                    TransactionTemplate transactions, Clock clock, MeterRegistry meters) {
        this.tenants = tenants;
        this.store = store;
        this.contests = contests;
        this.attempts = attempts;
        this.transactions = transactions;
        this.clock = clock;
        this.finalized = Counter.builder("cuocthi.attempts.finalized")
                .description("Exams finalized by the overdue-attempts pass of this node").register(meters);
        Gauge.builder("cuocthi.attempts.finalizer.last.success", lastSuccess, at -> at.get() / 1000.0)
                .description("When this node's finalizer last went through every province without a failure")
                .baseUnit("seconds").register(meters);
    }

    @Scheduled(fixedDelayString = "${cuocthi.attempts.finalize-every:5s}", initialDelayString = "${cuocthi.attempts.finalize-every:5s}")
    public void finalizeAll() {
        AtomicInteger total = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        tenants.forEachActive(tenant -> {
            try {
                total.addAndGet(finalizeOverdue());
            } catch (RuntimeException e) {
                failed.set(true);
                log.warn("Finalizing overdue attempts of {} failed; the next run retries: {}", tenant.slug(), e.toString());
            }
        });
        finalized.increment(total.get());
        if (!failed.get()) {
            lastSuccess.set(System.currentTimeMillis());
        }
        if (total.get() > 0) {
            log.info("Finalized {} overdue attempts", total.get());
        }
    }

    /** Finalizes the current province's overdue attempts, batch by batch; how many this node finalized. */
    public int finalizeOverdue() {
        // the boards move after each batch's transaction, not while it holds its connection
        return AfterRelease.scope(this::finalizeBatches);
    }

    private int finalizeBatches() {
        int finalized = 0;
        while (true) {
            Integer batch = transactions.execute(status -> {
                List<AttemptRow> overdue = store.lockOverdue(clock.instant(), BATCH);
                if (overdue.isEmpty()) {
                    return -1;
                }
                // one query counts the whole batch's right answers; then one update per attempt
                Map<UUID, Integer> correct = store.correctCounts(overdue.stream().map(AttemptRow::id).toList());
                Map<UUID, Contest> byId = new HashMap<>();
                int graded = 0;
                for (AttemptRow attempt : overdue) {
                    Contest contest = byId.computeIfAbsent(attempt.contestId(), id -> contests.find(id).orElseThrow());
                    if (attempts.finalizeOverdue(contest, attempt, clock.instant(), correct.getOrDefault(attempt.id(), 0))
                            .status() == AttemptStatus.EXPIRED) {
                        graded++;
                    }
                }
                return graded;
            });
            if (batch == null || batch < 0) {
                return finalized;
            }
            finalized += batch;
        }
    }
}
