package vn.cuocthi.platformcore.personal;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.tenancy.TenantRegistry;

/**
 * A lease on a named job in the current province's schema (a ShedLock-like row): the node that takes it runs the job,
 * the others skip this turn. The lease expires by itself, so a node killed mid-job does not block it for ever; jobs
 * under it are idempotent, so a run after an expired lease only repeats what is left.
 */
@Component
public class JobLock {

    private static final Duration LEASE = Duration.ofMinutes(30);
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private static final Logger log = LoggerFactory.getLogger(JobLock.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TenantRegistry tenants;

    public JobLock(JdbcClient jdbc, Clock clock, TenantRegistry tenants) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tenants = tenants;
    }

    /** A scheduled pass: {@code job} in every active province, where this node gets the province's lease. */
    public void everyProvince(String name, Runnable job) {
        tenants.forEachActive(tenant -> {
            try {
                runExclusively(name, job);
            } catch (RuntimeException e) {
                log.warn("Job {} of {} failed; the next run retries: {}", name, tenant.slug(), e.toString());
            }
        });
    }

    /** Runs {@code job} when this node gets the lease; whether it ran. */
    public boolean runExclusively(String name, Runnable job) {
        Timestamp now = Timestamp.from(clock.instant());
        boolean taken = jdbc.sql("""
                insert into job_lock (name, locked_by, locked_until) values (?, ?, ?)
                on conflict (name) do update set locked_by = excluded.locked_by, locked_until = excluded.locked_until
                where job_lock.locked_until <= ?""")
                .params(name, NODE, Timestamp.from(clock.instant().plus(LEASE)), now).update() == 1;
        if (!taken) {
            return false;
        }
        try {
            job.run();
        } finally {
            jdbc.sql("update job_lock set locked_until = ? where name = ? and locked_by = ?")
                    .params(now, name, NODE).update();
        }
        return true;
    }
}
