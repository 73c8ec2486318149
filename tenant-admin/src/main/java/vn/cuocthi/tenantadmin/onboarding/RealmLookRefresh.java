package vn.cuocthi.tenantadmin.onboarding;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.identity.KeycloakProvisioner;
import vn.cuocthi.platformcore.tenancy.Tenant;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;

/**
 * Gives realms onboarded before the login theme existed the platform's look (display name and theme) once the
 * application is up. New provinces get it at onboarding and a retried onboarding converges it too. On its own
 * virtual thread, so start-up does not wait for Keycloak; a province Keycloak refuses is logged and left for the next
 * start, since sign-in works with Keycloak's own pages meanwhile.
 */
@Component
@ConditionalOnProperty(name = "cuocthi.migrate-only", havingValue = "false", matchIfMissing = true)
class RealmLookRefresh {

    private static final Logger log = LoggerFactory.getLogger(RealmLookRefresh.class);

    private final KeycloakProvisioner provisioner;
    private final TenantRegistry tenants;

    RealmLookRefresh(KeycloakProvisioner provisioner, TenantRegistry tenants) {
        this.provisioner = provisioner;
        this.tenants = tenants;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        Thread.ofVirtual().name("realm-look-refresh").start(this::refreshAll);
    }

    void refreshAll() {
        int refreshed = 0;
        for (Tenant tenant : tenants.all()) {
            try {
                if (provisioner.refreshProvinceLook(tenant.slug(), tenant.name())) {
                    refreshed++;
                }
            } catch (RuntimeException e) {
                log.warn("Could not give the Keycloak realm of {} the platform's sign-in look: {}", tenant.slug(), e.toString());
            }
        }
        log.info("Sign-in look refreshed on {} province realms", refreshed);
    }
}
