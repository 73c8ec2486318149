package vn.cuocthi.tenantadmin.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.Set;

import vn.cuocthi.platformcore.identity.KeycloakProvisioner;
import vn.cuocthi.platformcore.identity.UserSeed;
import vn.cuocthi.platformcore.tenancy.Tenant;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.tenancy.TenantHosts;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;
import vn.cuocthi.platformcore.tenancy.TenantStatus;
import vn.cuocthi.tenantadmin.onboarding.TenantOnboarding;

/**
 * The five provinces of the seed letters, created on a local run (idempotently) with their seed contests, units,
 * the sample question bank and a contest open now, so a newcomer has something to open; prints where everything is.
 */
@Component
@ConditionalOnProperty(name = "cuocthi.demo.enabled", havingValue = "true")
class DemoProvinces implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProvinces.class);

    record DemoProvince(String slug, String name) {
    }

    static final List<DemoProvince> PROVINCES = List.of(
            new DemoProvince("caobang", "Cao Bằng"),
            new DemoProvince("haiduong", "Hải Dương"),
            new DemoProvince("langson", "Lạng Sơn"),
            new DemoProvince("quangbinh", "Quảng Bình"),
            new DemoProvince("bacgiang", "Bắc Giang"));

    private final TenantOnboarding onboarding;
    private final TenantRegistry registry;
    private final TenantHosts hosts;
    private final KeycloakProvisioner identity;
    private final Environment environment;
    private final DemoContent content;

    DemoProvinces(TenantOnboarding onboarding, TenantRegistry registry, TenantHosts hosts, KeycloakProvisioner identity,
                  Environment environment, DemoContent content) {
        this.content = content;
        this.onboarding = onboarding;
        this.registry = registry;
        this.hosts = hosts;
        this.identity = identity;
        this.environment = environment;
    }

    static final String DEMO_ADMIN = "demo.quantri";

    @Override
    public void run(ApplicationArguments args) {
        String password = environment.getProperty("cuocthi.identity.operator.password");
        for (DemoProvince province : PROVINCES) {
            boolean present = registry.load(province.slug()).map(tenant -> tenant.status() != TenantStatus.PROVISIONING).orElse(false);
            Tenant tenant = present ? registry.load(province.slug()).orElseThrow()
                    : onboarding.onboard(province.slug(), province.name(), "demo").tenant();
            TenantContext.run(tenant, () -> content.fill(province.slug()));
            if (password != null) {
                identity.ensureStaffUser(province.slug(), new UserSeed(DEMO_ADMIN, password, false, "Quản trị", "Demo",
                        DEMO_ADMIN + "@" + province.slug() + ".demo.cuocthi.vn"), Set.of(KeycloakProvisioner.ROLE_PROVINCE_ADMIN));
            }
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        StringBuilder banner = new StringBuilder("\n\nCuocThi is running. Demo provinces:\n");
        for (DemoProvince province : PROVINCES) {
            banner.append(String.format("  %-11s http://%s:%s%n", province.name(), hosts.hostOf(province.slug()), port));
        }
        banner.append(String.format("Platform page and operator API: http://%s:%s/ , /api/v1/platform/tenants%n", hosts.baseDomain(), port));
        if (password != null) {
            banner.append(String.format("Sign in (Keycloak at %s): operator \"%s\" on the platform, \"%s\" in each province;%n",
                    environment.getProperty("cuocthi.keycloak.url"), environment.getProperty("cuocthi.identity.operator.username"),
                    DEMO_ADMIN));
            banner.append("  password of these demo accounts: ").append(password).append(" (kept in .data/demo-password)\n");
            banner.append("  staff console: http://caobang.").append(hosts.baseDomain()).append(':').append(port).append("/admin\n");
        }
        log.info(banner.toString());
    }
}
