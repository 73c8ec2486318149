package vn.cuocthi.quizruntime.attempt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for autosaves (issue 12): the saves of one province that arrive while its previous batch commits,
 * or within {@code window} of the first, up to {@code max}, are written in one transaction ({@link BatchedAnswers})
 * by the province's writer (a virtual thread), and each request is answered only after that commit: one WAL flush
 * for many durable answers, and one pooled connection per province for all its autosaves instead of one per
 * request ({@link ProvinceBatches}). A failed batch fails every request of it (the transaction rolled back, none is acknowledged). Each
 * province has its own queue and writer, which sets the province as the thread's tenant: one batch never holds
 * another province's save, and its connection points at that province's schema.
 * <p>
 * On shutdown ({@link #close}) the node takes no new save (503 with {@code Retry-After}: the page sends it again,
 * to another node behind the balancer) and waits, for a bounded time, until every batch already queued has committed
 * and answered, before the pool closes: a save accepted into a batch is never cut off by the node stopping.
 */
@Component
class AnswerGroupCommit implements DisposableBean {

    private final ProvinceBatches<PendingSave, Optional<Instant>> batches;
    private final Duration drainTimeout;
    private final boolean enabled;

    @Autowired
    AnswerGroupCommit(BatchedAnswers answers, PlatformTransactionManager transactions,
                      @Value("${cuocthi.autosave.batch.window:2ms}") Duration window,
                      @Value("${cuocthi.autosave.batch.max:64}") int max,
                      @Value("${cuocthi.autosave.batch.max-wait:30s}") Duration maxWait,
                      @Value("${cuocthi.autosave.batch.enabled:true}") boolean enabled,
                      @Value("${cuocthi.autosave.batch.drain-timeout:10s}") Duration drainTimeout, MeterRegistry meters) {
        this(answers::write, transactions, window, max, maxWait, enabled, meters, drainTimeout);
    }

    /** With another writer in the same transaction (the tests make a batch fail after its statements ran). */
    AnswerGroupCommit(Function<List<PendingSave>, Map<PendingSave, Optional<Instant>>> writer,
                      PlatformTransactionManager transactions, Duration window, int max, Duration maxWait, boolean enabled,
                      MeterRegistry meters, Duration drainTimeout) {
        this.drainTimeout = drainTimeout;
        this.enabled = enabled;
        // the timeout's 503: the page keeps the answer as unsaved and sends it again
        this.batches = new ProvinceBatches<>("autosave", batch -> {
            Map<PendingSave, Optional<Instant>> stored = writer.apply(batch);
            return batch.stream().map(save -> stored.getOrDefault(save, Optional.empty())).toList();
        }, new TransactionTemplate(transactions), window, max, maxWait,
                DistributionSummary.builder("cuocthi.autosave.batch").baseUnit("saves")
                        .description("Autosaves written in one group commit").register(meters));
    }

    /** Off ({@code cuocthi.autosave.batch.enabled=false}): each save its own statement, to measure against. */
    boolean enabled() {
        return enabled;
    }

    /** Queues the save in the current province's batch and waits for its commit; empty: the guard refused it. */
    Optional<Instant> save(PendingSave save) {
        return batches.write(save);
    }

    /** The context closes (after the web server let its requests finish, before the pool closes). */
    @Override
    public void destroy() {
        close(drainTimeout);
    }

    /**
     * Takes no new save, lets each province's writer commit what is queued, and waits for them up to {@code timeout}.
     * A save queued too late for its writer (it raced the close) is refused like a new one.
     *
     * @return whether every writer finished in time
     */
    boolean close(Duration timeout) {
        return batches.close(timeout);
    }
}
