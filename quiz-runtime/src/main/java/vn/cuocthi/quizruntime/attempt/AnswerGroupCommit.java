package vn.cuocthi.quizruntime.attempt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cuocthi.platformcore.tenancy.Tenant;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.web.ApiException;

/**
 * Group commit for autosaves (issue 12): the saves of one province that arrive while its previous batch commits,
 * or within {@code window} of the first, up to {@code max}, are written in one transaction ({@link BatchedAnswers})
 * by the province's writer (a virtual thread), and each request is answered only after that commit: one WAL flush
 * for many durable answers, and one pooled connection per province for all its autosaves instead of one per
 * request. A failed batch fails every request of it (the transaction rolled back, none is acknowledged). Each
 * province has its own queue and writer, which sets the province as the thread's tenant: one batch never holds
 * another province's save, and its connection points at that province's schema.
 * <p>
 * On shutdown ({@link #close}) the node takes no new save (503 with {@code Retry-After}: the page sends it again,
 * to another node behind the balancer) and waits, for a bounded time, until every batch already queued has committed
 * and answered, before the pool closes: a save accepted into a batch is never cut off by the node stopping.
 */
@Component
class AnswerGroupCommit implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AnswerGroupCommit.class);
    /** Put in every queue on close: the writer commits what it holds and ends. */
    private static final PendingSave STOP = new PendingSave(null, null, null, null, List.of(), Instant.EPOCH);

    private final Function<List<PendingSave>, Map<PendingSave, Optional<Instant>>> writer;
    private final TransactionTemplate transactions;
    private final Duration window;
    private final int max;
    private final Duration maxWait;
    private final Duration drainTimeout;
    private final boolean enabled;
    private final DistributionSummary batchSizes;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private volatile boolean closing;

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
        this.writer = writer;
        this.batchSizes = DistributionSummary.builder("cuocthi.autosave.batch").baseUnit("saves")
                .description("Autosaves written in one group commit").register(meters);
        this.enabled = enabled;
        this.transactions = new TransactionTemplate(transactions);
        this.window = window;
        this.max = Math.max(1, max);
        this.maxWait = maxWait;
    }

    /** Off ({@code cuocthi.autosave.batch.enabled=false}): each save its own statement, to measure against. */
    boolean enabled() {
        return enabled;
    }

    /** Queues the save in the current province's batch and waits for its commit; empty: the guard refused it. */
    Optional<Instant> save(PendingSave save) {
        Tenant tenant = TenantContext.require();
        if (closing) {
            throw ApiException.unavailable(5, "server.busy");
        }
        lanes.computeIfAbsent(tenant.schema(), schema -> new Lane(tenant)).queue.add(save);
        try {
            return save.result().get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (TimeoutException e) {
            // the batch may still commit; the page keeps the answer as unsaved and sends it again
            throw ApiException.unavailable(5, "server.busy");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable(5, "server.busy");
        }
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
        closing = true;
        long until = System.nanoTime() + timeout.toNanos();
        lanes.values().forEach(lane -> lane.queue.add(STOP));
        boolean finished = true;
        for (Lane lane : lanes.values()) {
            try {
                long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime()));
                finished &= lane.thread.join(Duration.ofMillis(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                finished = false;
            }
        }
        int refused = 0;
        for (Lane lane : lanes.values()) {
            if (!lane.thread.isAlive()) {
                for (PendingSave late; (late = lane.queue.poll()) != null; refused++) {
                    late.result().completeExceptionally(ApiException.unavailable(5, "server.busy"));
                }
            }
        }
        if (!finished || refused > 0) {
            log.warn("Autosave writers closed: all finished in time: {}; saves refused as too late: {}", finished, refused);
        }
        return finished;
    }

    private static RuntimeException rethrow(Throwable cause) {
        return cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
    }

    /** One province's queue and its writer, started with the first save. */
    private final class Lane implements Runnable {
        private final Tenant tenant;
        private final BlockingQueue<PendingSave> queue = new LinkedBlockingQueue<>();
        private final Thread thread;

        Lane(Tenant tenant) {
            this.tenant = tenant;
            this.thread = Thread.ofVirtual().name("autosave-" + tenant.slug()).start(this);
        }

        @Override
        public void run() {
            List<PendingSave> batch = new ArrayList<>(max);
            while (true) {
                try {
                    batch.add(queue.take());
                    long until = System.nanoTime() + window.toNanos();
                    // what came while the last batch committed is here already; then a short window for more
                    queue.drainTo(batch, max - batch.size());
                    while (batch.size() < max) {
                        PendingSave next = queue.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
                        if (next == null) {
                            break;
                        }
                        batch.add(next);
                        queue.drainTo(batch, max - batch.size());
                    }
                    boolean last = batch.remove(STOP);
                    if (!batch.isEmpty()) {
                        TenantContext.run(tenant, () -> commit(batch));
                    }
                    if (last) {
                        return;
                    }
                } catch (InterruptedException e) {
                    batch.forEach(save -> save.result().completeExceptionally(e));
                    return;
                } finally {
                    batch.clear();
                }
            }
        }

        private void commit(List<PendingSave> batch) {
            batchSizes.record(batch.size());
            Map<PendingSave, Optional<Instant>> stored;
            try {
                stored = transactions.execute(status -> writer.apply(batch));
            } catch (RuntimeException | Error e) {
                log.warn("A batch of {} autosaves of {} failed; none is acknowledged: {}", batch.size(), tenant.slug(), e.toString());
                batch.forEach(save -> save.result().completeExceptionally(e));
                return;
            }
            // only now, the commit done: each request may answer
            batch.forEach(save -> save.result().complete(stored.getOrDefault(save, Optional.empty())));
        }
    }
}
