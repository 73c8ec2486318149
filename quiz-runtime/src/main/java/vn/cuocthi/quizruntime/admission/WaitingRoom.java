package vn.cuocthi.quizruntime.admission;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import vn.cuocthi.platformcore.web.ApiException;

/**
 * A waiting room: at most {@code inFlight} requests of one kind run at once; the others wait in arrival order (a
 * fair queue) for at most {@code maxWait}, and one still waiting then, or arriving to a queue already
 * {@code maxQueue} long, is told to come back: 503 {@code server.busy} with {@code Retry-After} and its place in
 * the queue ({@code position}), which the pages show and retry on. Bounding what runs keeps the database pool and
 * the CPU for the exams already in progress; queueing the rest turns a spike into a wait instead of errors.
 */
public final class WaitingRoom {

    private final String name;
    private final int inFlight;
    private final int maxQueue;
    private final Duration maxWait;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition turn = lock.newCondition();
    private final Deque<Object> queue = new ArrayDeque<>();
    private int running;
    /** Mean time one admitted request took (exponentially weighted), for the Retry-After estimate. */
    private double meanServiceNanos = 50_000_000;

    public WaitingRoom(String name, int inFlight, int maxQueue, Duration maxWait) {
        this.name = name;
        this.inFlight = Math.max(1, inFlight);
        this.maxQueue = Math.max(0, maxQueue);
        this.maxWait = maxWait;
    }

    /** Runs {@code work} once admitted; refuses with 503 when it cannot be admitted in time. */
    public <T> T enter(Supplier<T> work) {
        admit();
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            leave(System.nanoTime() - started);
        }
    }

    public String name() {
        return name;
    }

    /** How many it admits at once. */
    public int inFlight() {
        return inFlight;
    }

    /** Requests running and waiting now. */
    public Load load() {
        lock.lock();
        try {
            return new Load(running, queue.size());
        } finally {
            lock.unlock();
        }
    }

    public record Load(int running, int waiting) {
    }

    private void admit() {
        Object ticket = new Object();
        lock.lock();
        try {
            if (queue.isEmpty() && running < inFlight) {
                running++;
                return;
            }
            if (queue.size() >= maxQueue) {
                throw busy(queue.size() + 1);
            }
            queue.addLast(ticket);
            long left = maxWait.toNanos();
            try {
                while (queue.peekFirst() != ticket || running >= inFlight) {
                    if (left <= 0) {
                        int position = position(ticket);
                        queue.remove(ticket);
                        turn.signalAll(); // the one behind may now be first
                        throw busy(position);
                    }
                    left = turn.awaitNanos(left);
                }
            } catch (InterruptedException e) {
                queue.remove(ticket);
                turn.signalAll();
                Thread.currentThread().interrupt();
                throw busy(1);
            }
            queue.removeFirst();
            running++;
            turn.signalAll(); // a free slot may admit the next one too
        } finally {
            lock.unlock();
        }
    }

    private void leave(long tookNanos) {
        lock.lock();
        try {
            running--;
            meanServiceNanos = 0.9 * meanServiceNanos + 0.1 * tookNanos;
            turn.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private int position(Object ticket) {
        int position = 1;
        for (Object waiting : queue) {
            if (waiting == ticket) {
                return position;
            }
            position++;
        }
        return position;
    }

    /** Come back when the ones ahead should have been served (at least 1 s, at most 30 s). */
    private ApiException busy(int position) {
        double seconds = position * meanServiceNanos / inFlight / 1e9;
        long retryAfter = Math.max(1, Math.min(30, (long) Math.ceil(seconds)));
        return ApiException.unavailable(retryAfter, "server.busy").with("position", position);
    }

    @Override
    public String toString() {
        return "WaitingRoom[" + name + ", " + inFlight + " at once, " + maxQueue + " waiting at most " + maxWait.toMillis()
                + " ms]";
    }

}
