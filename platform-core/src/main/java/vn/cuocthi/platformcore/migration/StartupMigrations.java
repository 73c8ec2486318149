package vn.cuocthi.platformcore.migration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.tenancy.Tenant;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;
import vn.cuocthi.platformcore.tenancy.TenantStatus;

/**
 * Brings the platform schema and every province's schema up to date before the node takes traffic
 * (the web server starts only after this ran), one schema at a time.
 */
@Component
class StartupMigrations implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupMigrations.class);

    private final SchemaMigrator migrator;
    private final TenantRegistry registry;

    StartupMigrations(SchemaMigrator migrator, TenantRegistry registry) {
        this.migrator = migrator;
        this.registry = registry;
    }

    @Override
    public void afterSingletonsInstantiated() {
        migrator.migratePlatform();
        var tenants = registry.refresh().values().stream()
                // provinces still onboarding are brought up by the retry of their onboarding
                .filter(tenant -> tenant.status() != TenantStatus.PROVISIONING)
                .toList();
        for (Tenant tenant : tenants) {
            migrator.migrateTenant(tenant);
        }
        log.info("Migrated the platform schema and {} province schema(s)", tenants.size());
    }
}
