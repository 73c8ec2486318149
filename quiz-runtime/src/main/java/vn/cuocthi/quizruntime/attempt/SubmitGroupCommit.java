package vn.cuocthi.quizruntime.attempt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cuocthi.platformcore.contest.Contest;

/**
 * Group commit for submissions (issue 12, the deadline rush): the submissions of one province that arrive while its
 * previous batch commits, or within {@code window} of the first, up to {@code max}, are graded in one transaction
 * ({@link BatchedSubmits}) by the province's writer, and each request is answered only after that commit. At the
 * rush a pooled connection spent most of its time waiting for the application between a submission's statements
 * (docs/benchmarks.md, "Submissions at the deadline rush"); a batch makes the same few statements for many. A
 * submission the batch does not grade (anything but the plain case) is submitted by its request on its own; a failed
 * batch fails each of its requests (nothing of it was stored). On shutdown the writers drain like the autosaves'.
 */
@Component
class SubmitGroupCommit implements DisposableBean {

    /** A submission to grade as submitted at {@code now}; the prediction's range is checked before it queues. */
    record PendingSubmit(UUID attemptId, UUID contestantId, String writer, Long prediction, Instant now) {
    }

    /** The stored grade, the contest it was made with, the attempts used and the round open at the submission. */
    record Graded(AttemptRow attempt, Contest contest, AttemptStore.Used used, int roundNow) {
    }

    private final ProvinceBatches<PendingSubmit, Optional<Graded>> batches;
    private final boolean enabled;
    private final Duration drainTimeout;

    @Autowired
    SubmitGroupCommit(BatchedSubmits submits, PlatformTransactionManager transactions,
                      @Value("${cuocthi.submit.batch.window:2ms}") Duration window,
                      @Value("${cuocthi.submit.batch.max:64}") int max,
                      @Value("${cuocthi.submit.batch.max-wait:30s}") Duration maxWait,
                      @Value("${cuocthi.submit.batch.enabled:true}") boolean enabled,
                      @Value("${cuocthi.submit.batch.drain-timeout:10s}") Duration drainTimeout, MeterRegistry meters) {
        this(submits::write, transactions, window, max, maxWait, enabled, drainTimeout, meters);
    }

    /** With another writer in the same transaction (the tests make a batch fail after its statements ran). */
    SubmitGroupCommit(Function<List<PendingSubmit>, List<Optional<Graded>>> writer, PlatformTransactionManager transactions,
                      Duration window, int max, Duration maxWait, boolean enabled, Duration drainTimeout, MeterRegistry meters) {
        this.enabled = enabled;
        this.drainTimeout = drainTimeout;
        this.batches = new ProvinceBatches<>("submit", writer, new TransactionTemplate(transactions), window, max, maxWait,
                DistributionSummary.builder("cuocthi.submit.batch").baseUnit("submissions")
                        .description("Submissions graded in one group commit").register(meters));
    }

    /** Off ({@code cuocthi.submit.batch.enabled=false}): each submission its own transaction, to measure against. */
    boolean enabled() {
        return enabled;
    }

    /** Queues the submission in the current province's batch and waits for its commit; empty: submit it alone. */
    Optional<Graded> submit(PendingSubmit submission) {
        return batches.write(submission);
    }

    @Override
    public void destroy() {
        close(drainTimeout);
    }

    boolean close(Duration timeout) {
        return batches.close(timeout);
    }
}
