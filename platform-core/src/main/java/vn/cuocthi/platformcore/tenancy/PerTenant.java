package vn.cuocthi.platformcore.tenancy;

import org.springframework.modulith.NamedInterface;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A value held per province on this node (a cache of immutable contents, for instance): {@link #current()} is the
 * current province's, created on first use.
 */
@NamedInterface("tenancy")
public final class PerTenant<V> {

    private final Map<String, V> values = new ConcurrentHashMap<>();
    private final Supplier<V> initial;

    public PerTenant(Supplier<V> initial) {
        this.initial = initial;
    }

    public V current() {
        return values.computeIfAbsent(TenantContext.require().slug(), slug -> initial.get());
    }
}
