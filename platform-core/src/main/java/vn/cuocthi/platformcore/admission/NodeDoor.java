package vn.cuocthi.platformcore.admission;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * How many requests one node holds at once. Virtual threads make taking a request in almost free, so without a bound
 * a spike is held inside the heap: each request waiting in a room or for the pool keeps its thread, Tomcat's buffers
 * and its headers (about 45 KB), and 17,700 of them filled a 1 GiB heap at target 1 until the JVM did nothing but
 * collect garbage (docs/benchmarks.md). The door admits up to {@code limit} requests; work already under way (an
 * exam's autosaves and submission) may use all of it, new work (pages, sign-ins, starts, reads) only up to
 * {@code newWorkLimit}, so new work is refused first and an exam in progress last. A refused request gets 503
 * {@code server.busy} with a {@code Retry-After} that grows with the refusals: once a second the door compares the
 * refusals with what it served and scales the wait so that clients retrying come back at about a quarter of the
 * served rate ({@link #TARGET_REFUSED_SHARE}), never more than 30 s, and spreads them over half that again so that
 * those refused in the same second do not all come back in the same second.
 * <p>
 * Work under way has a wait of its own, steered to refusals about as many as the served ({@link
 * #UNDER_WAY_REFUSED_SHARE}) and never above 10 s: an exam's clock runs while it waits, and a submission refused at
 * the deadline must come back as soon as a slot frees, not after the half-minute a crowd of new sign-ins earns (the
 * shared wait held target 4's 3,000 simultaneous submissions over 37 s while the writer could take them in 17). A
 * refusal costs the node almost nothing (it comes before the tenant, the body and any pool), so a retry a few seconds
 * early is cheap.
 */
public final class NodeDoor {

    /** Refusals of new work per served request its Retry-After steers to: retries must stay a small part of the work. */
    static final double TARGET_REFUSED_SHARE = 0.25;
    static final int MAX_RETRY_AFTER = 30;
    /** Refusals of work under way per served request: about one, so it comes back as fast as slots free. */
    static final double UNDER_WAY_REFUSED_SHARE = 1.0;
    static final int MAX_UNDER_WAY_RETRY_AFTER = 10;
    private static final long SECOND = 1_000_000_000L;

    private final int limit;
    private final int newWorkLimit;
    private final LongSupplier nanoTime;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final LongAdder served = new LongAdder();
    private final LongAdder refusedTotal = new LongAdder();
    private final Wait newWork = new Wait(TARGET_REFUSED_SHARE, MAX_RETRY_AFTER);
    private final Wait underWay = new Wait(UNDER_WAY_REFUSED_SHARE, MAX_UNDER_WAY_RETRY_AFTER);
    private volatile long windowStart;

    public NodeDoor(int limit, int newWorkLimit, LongSupplier nanoTime) {
        if (limit < 1 || newWorkLimit < 1 || newWorkLimit > limit) {
            throw new IllegalArgumentException("The door needs 1 <= new-work limit <= limit, got " + newWorkLimit + " and " + limit);
        }
        this.limit = limit;
        this.newWorkLimit = newWorkLimit;
        this.nanoTime = nanoTime;
        this.windowStart = nanoTime.getAsLong();
    }

    /**
     * Lets the request in (the caller must then call {@link #leave()} once, when it is answered), or refuses it:
     * returns 0 when admitted, else the seconds to put in {@code Retry-After}.
     */
    public int enter(boolean inProgress) {
        int bound = inProgress ? limit : newWorkLimit;
        int now = inFlight.incrementAndGet();
        if (now <= bound) {
            return 0;
        }
        inFlight.decrementAndGet();
        Wait wait = inProgress ? underWay : newWork;
        wait.refused.increment();
        refusedTotal.increment();
        tick();
        return wait.retryAfter();
    }

    public void leave() {
        inFlight.decrementAndGet();
        served.increment();
        tick();
    }

    /** Once a second: scale each wait by how far its refusals are from their share of the served (damped). */
    private void tick() {
        long start = windowStart;
        long now = nanoTime.getAsLong();
        if (now - start < SECOND) {
            return;
        }
        synchronized (this) {
            if (windowStart != start) {
                return; // another request took this second's turn
            }
            double answered = Math.max(1, served.sumThenReset());
            newWork.adjust(answered);
            underWay.adjust(answered);
            windowStart = now;
        }
    }

    /** One kind of work's wait: the refusals of the second under way, and the base of its Retry-After. */
    private static final class Wait {
        private final double share;
        private final int max;
        private final LongAdder refused = new LongAdder();
        private volatile double seconds = 1;

        Wait(double share, int max) {
            this.share = share;
            this.max = max;
        }

        void adjust(double answered) {
            double ratio = refused.sumThenReset() / (share * answered);
            // sqrt damps it: what one second measures answers a Retry-After given several seconds before
            double next = seconds * Math.sqrt(Math.max(0.25, ratio)); // no refusal: halves
            seconds = Math.max(1, Math.min(max, next));
        }

        /** The base, spread over half of it again: those refused in one second do not all return in one second. */
        int retryAfter() {
            int base = (int) Math.ceil(seconds);
            return Math.min(max, base + ThreadLocalRandom.current().nextInt(base / 2 + 1));
        }
    }

    public int inFlight() {
        return inFlight.get();
    }

    public long refusedTotal() {
        return refusedTotal.sum();
    }

    /** The base of new work's Retry-After now, in seconds (before the spread). */
    public double retryAfterSeconds() {
        return newWork.seconds;
    }

    /** The base of the Retry-After of work under way now, in seconds (before the spread). */
    public double underWayRetryAfterSeconds() {
        return underWay.seconds;
    }

    public int limit() {
        return limit;
    }

    public int newWorkLimit() {
        return newWorkLimit;
    }

    @Override
    public String toString() {
        return "NodeDoor[" + limit + " in flight, new work up to " + newWorkLimit + "]";
    }
}
