package vn.cuocthi.tenantadmin.onboarding;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.migration.SchemaMigrator;
import vn.cuocthi.platformcore.tenancy.OnboardingReport;
import vn.cuocthi.platformcore.tenancy.Tenant;
import vn.cuocthi.platformcore.tenancy.TenantProvisioningStep;

/** First step of onboarding: the province's schema at the current version. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SchemaProvisioningStep implements TenantProvisioningStep {

    private final SchemaMigrator migrator;

    SchemaProvisioningStep(SchemaMigrator migrator) {
        this.migrator = migrator;
    }

    @Override
    public String name() {
        return "schema";
    }

    @Override
    public void provision(Tenant tenant, OnboardingReport report) {
        migrator.migrateTenant(tenant);
    }
}
