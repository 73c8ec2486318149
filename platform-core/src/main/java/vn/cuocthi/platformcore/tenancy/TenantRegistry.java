package vn.cuocthi.platformcore.tenancy;

import org.springframework.modulith.NamedInterface;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Which provinces exist and their status, read from {@code platform.tenant}. Every node keeps a snapshot
 * in memory so resolving a host costs no query; it reloads on a timer, when a change is announced over
 * Redis, and (at most once a second) when a host names a province it does not know yet.
 */
@Component
@NamedInterface("tenancy")
public class TenantRegistry {

    private static final long MISS_RELOAD_INTERVAL_NANOS = 1_000_000_000L;

    private final JdbcClient jdbc;
    private volatile Map<String, Tenant> snapshot = Map.of();
    private final AtomicLong lastMissReload = new AtomicLong(System.nanoTime() - MISS_RELOAD_INTERVAL_NANOS);

    public TenantRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Tenant> find(String slug) {
        Tenant tenant = snapshot.get(slug);
        if (tenant == null && reloadAllowedOnMiss()) {
            tenant = refresh().get(slug);
        }
        return Optional.ofNullable(tenant);
    }

    /** Reads the registry from the database, bypassing the snapshot. */
    public Optional<Tenant> load(String slug) {
        return jdbc.sql("select slug, name, status, created_at from platform.tenant where slug = ?")
                .param(slug).query(TenantRegistry::map).optional();
    }

    public List<Tenant> all() {
        return snapshot.values().stream().sorted(Comparator.comparing(Tenant::slug)).toList();
    }

    public List<Tenant> active() {
        return all().stream().filter(Tenant::isActive).toList();
    }

    /** Runs the work once per active province, each inside that province's context (scheduled jobs use it). */
    public void forEachActive(java.util.function.Consumer<Tenant> work) {
        for (Tenant tenant : active()) {
            TenantContext.run(tenant, () -> work.accept(tenant));
        }
    }

    @Scheduled(fixedDelayString = "${cuocthi.tenant-refresh:5s}", initialDelayString = "${cuocthi.tenant-refresh:5s}")
    public Map<String, Tenant> refresh() {
        List<Tenant> tenants = jdbc.sql("select slug, name, status, created_at from platform.tenant")
                .query(TenantRegistry::map).list();
        Map<String, Tenant> loaded = tenants.stream().collect(Collectors.toUnmodifiableMap(Tenant::slug, Function.identity()));
        snapshot = loaded;
        return loaded;
    }

    private boolean reloadAllowedOnMiss() {
        long now = System.nanoTime();
        long last = lastMissReload.get();
        return now - last >= MISS_RELOAD_INTERVAL_NANOS && lastMissReload.compareAndSet(last, now);
    }

    private static Tenant map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Tenant(rs.getString("slug"), rs.getString("name"), TenantStatus.valueOf(rs.getString("status")),
                rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant());
    }

}
