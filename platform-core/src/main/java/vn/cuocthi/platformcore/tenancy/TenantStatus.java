package vn.cuocthi.platformcore.tenancy;

import org.springframework.modulith.NamedInterface;

@NamedInterface("tenancy")
public enum TenantStatus {
    /** Onboarding started and has not finished (or failed part-way): invisible to the public. */
    PROVISIONING,
    ACTIVE,
    /** Stopped by the operator: its host answers 503, its data is kept. */
    SUSPENDED
}
