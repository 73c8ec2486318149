package vn.cuocthi.deploy.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.annotation.Order;

import vn.cuocthi.platformcore.tenancy.OnboardingReport;
import vn.cuocthi.platformcore.tenancy.Tenant;
import vn.cuocthi.platformcore.tenancy.TenantProvisioningStep;

/**
 * An onboarding step that fails the first time for provinces whose code starts with {@code failonce}, as a network
 * would, after the schema and identity steps have already run.
 */
@TestComponent
@Order(100)
public class FailingProvisioningStep implements TenantProvisioningStep {

    public static final String PREFIX = "failonce";
    private final Set<String> failed = ConcurrentHashMap.newKeySet();

    @Override
    public String name() {
        return "test-network";
    }

    @Override
    public void provision(Tenant tenant, OnboardingReport report) {
        if (tenant.slug().startsWith(PREFIX) && failed.add(tenant.slug())) {
            throw new IllegalStateException("simulated network outage");
        }
    }
}
