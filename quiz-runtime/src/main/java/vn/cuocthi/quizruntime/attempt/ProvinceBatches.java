package vn.cuocthi.quizruntime.attempt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import io.micrometer.core.instrument.DistributionSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cuocthi.platformcore.tenancy.Tenant;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.web.ApiException;

/**
 * Group commit per province (issue 12), for submissions ({@link SubmitGroupCommit}): what a province's requests
 * queue while its writer (a virtual thread, the province as its tenant) commits the previous batch, or within
 * {@code window} of the first, up to {@code max}, is written by {@code writer} in one transaction, and each request
 * gets its own result only after that commit. A failed batch fails each of its requests with the batch's error.
 * {@link #close} takes no new item (503 {@code server.busy} with {@code Retry-After}) and lets every writer commit
 * what is queued, for a bounded time. The writer returns one result per item, in the batch's order.
 */
final class ProvinceBatches<T, R> {

    private static final Logger log = LoggerFactory.getLogger(ProvinceBatches.class);

    private final String name;
    private final Function<List<T>, List<R>> writer;
    private final TransactionTemplate transactions;
    private final Duration window;
    private final int max;
    private final Duration maxWait;
    private final DistributionSummary sizes;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    /** Put in every queue on close: the writer commits what it holds and ends. */
    private final Entry<T, R> stop = new Entry<>(null, new CompletableFuture<>());
    private volatile boolean closing;

    ProvinceBatches(String name, Function<List<T>, List<R>> writer, TransactionTemplate transactions, Duration window,
                    int max, Duration maxWait, DistributionSummary sizes) {
        this.name = name;
        this.writer = writer;
        this.transactions = transactions;
        this.window = window;
        this.max = Math.max(1, max);
        this.maxWait = maxWait;
        this.sizes = sizes;
    }

    private record Entry<T, R>(T item, CompletableFuture<R> result) {
    }

    /** Queues the item in the current province's batch and waits for its commit. */
    R write(T item) {
        Tenant tenant = TenantContext.require();
        if (closing) {
            throw ApiException.unavailable(5, "server.busy");
        }
        Entry<T, R> entry = new Entry<>(item, new CompletableFuture<>());
        lanes.computeIfAbsent(tenant.schema(), schema -> new Lane(tenant)).queue.add(entry);
        try {
            return entry.result().get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new CompletionException(e.getCause());
        } catch (TimeoutException e) {
            throw ApiException.unavailable(5, "server.busy"); // the batch may still commit; sent again, it is idempotent
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable(5, "server.busy");
        }
    }

    /** Takes no new item, lets each writer commit what is queued, waits up to {@code timeout}; whether all finished. */
    boolean close(Duration timeout) {
        closing = true;
        long until = System.nanoTime() + timeout.toNanos();
        lanes.values().forEach(lane -> lane.queue.add(stop));
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
                for (Entry<T, R> late; (late = lane.queue.poll()) != null; refused++) {
                    late.result().completeExceptionally(ApiException.unavailable(5, "server.busy"));
                }
            }
        }
        if (!finished || refused > 0) {
            log.warn("{} writers closed: all finished in time: {}; refused as too late: {}", name, finished, refused);
        }
        return finished;
    }

    /** One province's queue and its writer, started with its first item. */
    private final class Lane implements Runnable {
        private final Tenant tenant;
        private final BlockingQueue<Entry<T, R>> queue = new LinkedBlockingQueue<>();
        private final Thread thread;

        Lane(Tenant tenant) {
            this.tenant = tenant;
            this.thread = Thread.ofVirtual().name(name + "-" + tenant.slug()).start(this);
        }

        @Override
        public void run() {
            List<Entry<T, R>> batch = new ArrayList<>(max);
            while (true) {
                try {
                    batch.add(queue.take());
                    long until = System.nanoTime() + window.toNanos();
                    queue.drainTo(batch, max - batch.size());
                    while (batch.size() < max) {
                        Entry<T, R> next = queue.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
                        if (next == null) {
                            break;
                        }
                        batch.add(next);
                        queue.drainTo(batch, max - batch.size());
                    }
                    boolean last = batch.remove(stop);
                    if (!batch.isEmpty()) {
                        TenantContext.run(tenant, () -> commit(batch));
                    }
                    if (last) {
                        return;
                    }
                } catch (InterruptedException e) {
                    batch.forEach(entry -> entry.result().completeExceptionally(e));
                    return;
                } finally {
                    batch.clear();
                }
            }
        }

        private void commit(List<Entry<T, R>> batch) {
            sizes.record(batch.size());
            List<R> results;
            try {
                List<T> items = batch.stream().map(Entry::item).toList();
                results = transactions.execute(status -> writer.apply(items));
            } catch (RuntimeException | Error e) {
                log.warn("A batch of {} {} of {} failed; none is acknowledged: {}", batch.size(), name, tenant.slug(), e.toString());
                batch.forEach(entry -> entry.result().completeExceptionally(e));
                return;
            }
            for (int i = 0; i < batch.size(); i++) { // only now, the commit done: each request may answer
                batch.get(i).result().complete(results.get(i));
            }
        }
    }
}
