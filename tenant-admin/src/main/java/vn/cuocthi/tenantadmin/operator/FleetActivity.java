package vn.cuocthi.tenantadmin.operator;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.cuocthi.platformcore.tenancy.Tenant;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;
import vn.cuocthi.platformcore.tenancy.TenantStatus;

/**
 * Every province at a glance for the operator: its status, its contests and what its contestants are doing now
 * (exams in progress, submissions in the last minute and hour), one small query in each province's schema. A
 * province still being provisioned may have no schema yet and shows no figures.
 */
@Service
public class FleetActivity {

    private final TenantRegistry registry;
    private final JdbcClient jdbc;
    private final Clock clock;

    FleetActivity(TenantRegistry registry, JdbcClient jdbc, Clock clock) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Figures are null for a province still being provisioned. */
    public record ProvinceActivity(String slug, String name, TenantStatus status, Long contests, Long inProgress,
                                   Long submittedLastMinute, Long submittedLastHour) {
    }

    public record Fleet(List<ProvinceActivity> provinces, long inProgress, long submittedLastMinute, long submittedLastHour) {
    }

    public Fleet now() {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        Timestamp minuteAgo = Timestamp.from(now.minus(Duration.ofMinutes(1)));
        Timestamp hourAgo = Timestamp.from(now.minus(Duration.ofHours(1)));
        registry.refresh();
        List<ProvinceActivity> provinces = new ArrayList<>();
        long inProgress = 0;
        long lastMinute = 0;
        long lastHour = 0;
        for (Tenant tenant : registry.all()) {
            if (tenant.status() == TenantStatus.PROVISIONING) {
                provinces.add(new ProvinceActivity(tenant.slug(), tenant.name(), tenant.status(), null, null, null, null));
                continue;
            }
            ProvinceActivity activity;
            try {
                activity = TenantContext.call(tenant, () -> jdbc.sql("""
                    select (select count(*) from contest) as contests,
                           (select count(*) from attempt where status = 'IN_PROGRESS' and closes_at > ?) as in_progress,
                           (select count(*) from attempt where submitted_at > ? and submitted_at <= ?) as last_minute,
                           (select count(*) from attempt where submitted_at > ? and submitted_at <= ?) as last_hour""")
                    .params(at, minuteAgo, at, hourAgo, at)
                    .query((rs, row) -> new ProvinceActivity(tenant.slug(), tenant.name(), tenant.status(),
                            rs.getLong("contests"), rs.getLong("in_progress"), rs.getLong("last_minute"), rs.getLong("last_hour")))
                    .single());
            } catch (DataAccessException e) {
                // a province whose schema this node could not migrate: listed, without figures, the others still shown
                provinces.add(new ProvinceActivity(tenant.slug(), tenant.name(), tenant.status(), null, null, null, null));
                continue;
            }
            provinces.add(activity);
            inProgress += activity.inProgress();
            lastMinute += activity.submittedLastMinute();
            lastHour += activity.submittedLastHour();
        }
        return new Fleet(provinces, inProgress, lastMinute, lastHour);
    }
}
