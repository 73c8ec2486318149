package vn.cuocthi.platformcore.tenancy;

import org.springframework.modulith.NamedInterface;

/**
 * One step of onboarding a province (its schema, its identity realm, ...). Steps run in order
 * ({@link org.springframework.core.annotation.Order}) and must be idempotent: a failed onboarding is
 * finished by running every step again. A step may also follow the province's suspension and resumption.
 */
@NamedInterface("tenancy")
public interface TenantProvisioningStep {

    /** A short name for logs and the operator's error report. */
    String name();

    void provision(Tenant tenant, OnboardingReport report) throws Exception;

    default void suspend(Tenant tenant) throws Exception {
    }

    default void resume(Tenant tenant) throws Exception {
    }
}
