package vn.cuocthi.platformcore.tenancy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.NamedInterface;

/**
 * Work that must follow a commit but needs no database connection of the transaction (a Redis write, for
 * instance). Spring runs after-commit listeners while the transaction still holds its connection; on the exam
 * morning a submit's board update then kept a pooled connection through its Redis round trips. Deferred work runs
 * when the enclosing {@link #scope} ends instead (a request: after its handler returned; a scheduled pass: after
 * its batches), on the same thread, for the province that deferred it, so a contestant still reads the board that
 * includes the grade. Without a scope it runs at once, as before. A failure is logged and does not reach the
 * caller: the deferring code has its own safety net (the boards' reconciliation).
 */
@NamedInterface("tenancy")
public final class AfterRelease {

    private static final Logger log = LoggerFactory.getLogger(AfterRelease.class);
    private static final ThreadLocal<List<Runnable>> PENDING = new ThreadLocal<>();

    private AfterRelease() {
    }

    /** Runs {@code work} when the current scope ends (now, when there is none). */
    public static void defer(Runnable work) {
        Runnable task = TenantContext.capture(work);
        List<Runnable> pending = PENDING.get();
        if (pending == null) {
            runQuietly(task);
        } else {
            pending.add(task);
        }
    }

    /** Runs {@code work}, then what it deferred; an inner scope leaves its work to the outermost one. */
    public static <T> T scope(Supplier<T> work) {
        if (PENDING.get() != null) {
            return work.get();
        }
        List<Runnable> pending = new ArrayList<>();
        PENDING.set(pending);
        try {
            return work.get();
        } finally {
            PENDING.remove();
            pending.forEach(AfterRelease::runQuietly);
        }
    }

    public static void scope(Runnable work) {
        scope(() -> {
            work.run();
            return null;
        });
    }

    private static void runQuietly(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("Deferred work failed: {}", e.toString());
        }
    }
}
