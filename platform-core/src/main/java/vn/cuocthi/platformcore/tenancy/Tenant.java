package vn.cuocthi.platformcore.tenancy;

import org.springframework.modulith.NamedInterface;
import java.time.Instant;

/** A province hosted by the platform: its own subdomain and its own schema. */
@NamedInterface("tenancy")
public record Tenant(String slug, String name, TenantStatus status, Instant createdAt) {

    public static final String SCHEMA_PREFIX = "tenant_";

    /** The PostgreSQL schema holding this province's data. The slug is validated at onboarding. */
    public String schema() {
        return schemaOf(slug);
    }

    public static String schemaOf(String slug) {
        return SCHEMA_PREFIX + slug;
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }
}
