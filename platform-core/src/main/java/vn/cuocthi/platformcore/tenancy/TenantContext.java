package vn.cuocthi.platformcore.tenancy;

import org.slf4j.MDC;
import org.springframework.modulith.NamedInterface;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The province the current thread works for. Set at the edge (the request filter, a scheduled job's loop,
 * a decorated task) and always restored in {@code finally}; the connection provider reads it on checkout.
 * The province's slug is in the logging MDC ({@value #LOG_KEY}) for as long, so every log line written for a
 * province names it (JSON logs: docs/operator-guide.md), in requests, scheduled loops and tasks alike.
 */
@NamedInterface("tenancy")
public final class TenantContext {

    /** The MDC key of the province's slug. */
    public static final String LOG_KEY = "province";

    private static final ThreadLocal<Tenant> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<Tenant> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static Tenant require() {
        Tenant tenant = CURRENT.get();
        if (tenant == null) {
            throw new IllegalStateException("No province in the current context");
        }
        return tenant;
    }

    public static void run(Tenant tenant, Runnable work) {
        call(tenant, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T call(Tenant tenant, Supplier<T> work) {
        Tenant previous = CURRENT.get();
        set(tenant);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    /** Wraps a task so that it runs for the tenant current now, whichever thread runs it later. */
    public static Runnable capture(Runnable task) {
        Tenant captured = CURRENT.get();
        return () -> {
            Tenant previous = CURRENT.get();
            set(captured);
            try {
                task.run();
            } finally {
                restore(previous);
            }
        };
    }

    public static <T> Callable<T> capture(Callable<T> task) {
        Tenant captured = CURRENT.get();
        return () -> {
            Tenant previous = CURRENT.get();
            set(captured);
            try {
                return task.call();
            } finally {
                restore(previous);
            }
        };
    }

    static void set(Tenant tenant) {
        if (tenant == null) {
            clear();
        } else {
            CURRENT.set(tenant);
            MDC.put(LOG_KEY, tenant.slug());
        }
    }

    static void clear() {
        CURRENT.remove();
        MDC.remove(LOG_KEY);
    }

    private static void restore(Tenant previous) {
        set(previous);
    }
}
