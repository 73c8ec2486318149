package vn.cuocthi.platformcore.migration;

import org.springframework.modulith.NamedInterface;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.CuocThiProperties;
import vn.cuocthi.platformcore.tenancy.Tenant;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.tenancy.TenantSchemaDataSource;
import vn.cuocthi.platformcore.personal.ClearPersonalData;
import vn.cuocthi.platformcore.tenancy.UnmigratedTenants;

/**
 * Applies Liquibase change logs: the platform's to the {@code platform} schema, the tenant change log to one
 * province's schema (each schema keeps its own DATABASECHANGELOG, so provinces can be at different versions
 * until start-up or onboarding brings them level, and Liquibase's lock keeps concurrent nodes apart).
 */
@Component
@NamedInterface("migration")
public class SchemaMigrator {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrator.class);

    static {
        // no phoning home from deployments, no banner in the logs
        System.setProperty("liquibase.analytics.enabled", System.getProperty("liquibase.analytics.enabled", "false"));
        System.setProperty("liquibase.showBanner", System.getProperty("liquibase.showBanner", "false"));
    }

    private final DataSource dataSource;
    private final ResourceLoader resources;
    private final CuocThiProperties.Migrations changelogs;

    private final UnmigratedTenants unmigrated;
    private final ClearPersonalData clearPersonalData;

    public SchemaMigrator(DataSource dataSource, ResourceLoader resources, CuocThiProperties properties,
                          UnmigratedTenants unmigrated, ClearPersonalData clearPersonalData) {
        this.dataSource = dataSource;
        this.clearPersonalData = clearPersonalData;
        this.resources = resources;
        this.changelogs = properties.migrations();
        this.unmigrated = unmigrated;
    }

    public void migratePlatform() {
        migrate(TenantSchemaDataSource.PLATFORM_SCHEMA, changelogs.platformChangelog());
    }

    public void migrateTenant(Tenant tenant) {
        TenantContext.run(tenant, () -> {
            migrate(tenant.schema(), changelogs.tenantChangelog());
            clearPersonalData.seal(); // what Liquibase cannot do without the keys (tenant-0.6-personal-data)
        });
        unmigrated.remove(tenant.slug()); // a retried onboarding that succeeds serves the province again
    }

    private void migrate(String schema, String changelog) {
        long started = System.nanoTime();
        try {
            createSchema(schema);
            SpringLiquibase liquibase = new SpringLiquibase();
            // Liquibase sets the search path itself: its connections must not be trusted to point where they were set
            liquibase.setDataSource(dataSource instanceof TenantSchemaDataSource tenantAware ? tenantAware.untracked() : dataSource);
            liquibase.setResourceLoader(resources);
            liquibase.setChangeLog(changelog);
            liquibase.setDefaultSchema(schema);
            liquibase.setLiquibaseSchema(schema);
            liquibase.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("Migrating schema " + schema + " failed: " + e.getMessage(), e);
        }
        log.info("Schema {} is up to date ({} ms)", schema, (System.nanoTime() - started) / 1_000_000);
    }

    private void createSchema(String schema) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS \"" + schema + "\"");
        }
    }
}
