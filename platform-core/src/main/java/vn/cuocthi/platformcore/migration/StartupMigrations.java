package vn.cuocthi.platformcore.migration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.tenancy.Tenant;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;
import vn.cuocthi.platformcore.tenancy.TenantStatus;
import vn.cuocthi.platformcore.tenancy.UnmigratedTenants;

/**
 * Brings the platform schema and every province's schema up to date before the node takes traffic
 * (the web server starts only after this ran), one schema at a time. It first waits for PostgreSQL
 * ({@link DatabaseWait}). A province whose migration fails is logged and answers 503 on this node
 * ({@link UnmigratedTenants}); the other provinces are served. A migrate-only run still fails then, after trying
 * every province, so that a migration job does not report success.
 */
@Component
class StartupMigrations implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupMigrations.class);

    private final SchemaMigrator migrator;
    private final TenantRegistry registry;
    private final UnmigratedTenants unmigrated;
    private final DatabaseWait databaseWait;

    private final boolean migrateOnly;

    StartupMigrations(SchemaMigrator migrator, TenantRegistry registry, UnmigratedTenants unmigrated,
                      DatabaseWait databaseWait, @Value("${cuocthi.migrate-only:false}") boolean migrateOnly) {
        this.migrateOnly = migrateOnly;
        this.migrator = migrator;
        this.registry = registry;
        this.unmigrated = unmigrated;
        this.databaseWait = databaseWait;
    }

    @Override
    public void afterSingletonsInstantiated() {
        databaseWait.await();
        migrator.migratePlatform();
        var tenants = registry.refresh().values().stream()
                // provinces still onboarding are brought up by the retry of their onboarding
                .filter(tenant -> tenant.status() != TenantStatus.PROVISIONING)
                .toList();
        int failed = 0;
        for (Tenant tenant : tenants) {
            try {
                migrator.migrateTenant(tenant);
            } catch (RuntimeException e) {
                // one province's broken schema must not keep the others from their exams
                failed++;
                unmigrated.add(tenant.slug());
                log.error("Province {} ({}) is not served by this node: its schema could not be migrated. Fix it and"
                        + " restart the node; the other provinces are served.", tenant.slug(), tenant.schema(), e);
            }
        }
        log.info("Migrated the platform schema and {} of {} province schema(s)", tenants.size() - failed, tenants.size());
        if (migrateOnly && failed > 0) {
            // a migration job must not report success: the rollout would start nodes that cannot serve those provinces
            throw new IllegalStateException(failed + " province schema(s) could not be migrated; see the errors above");
        }
    }
}
