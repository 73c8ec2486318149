package vn.cuocthi.tenantadmin.onboarding;

import java.net.URI;
import java.security.SecureRandom;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.identity.KeycloakAdminClient;
import vn.cuocthi.platformcore.identity.KeycloakProvisioner;
import vn.cuocthi.platformcore.identity.Realms;
import vn.cuocthi.platformcore.identity.UserSeed;
import vn.cuocthi.platformcore.tenancy.OnboardingReport;
import vn.cuocthi.platformcore.tenancy.PublicUrls;
import vn.cuocthi.platformcore.tenancy.Tenant;
import vn.cuocthi.platformcore.tenancy.TenantProvisioningStep;

/**
 * The province's identity: its own Keycloak realm with the staff roles, the console client for its host and a
 * first admin who must choose a password at the first sign-in. Suspension disables the realm (and ends its
 * sessions); resumption enables it.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "cuocthi.migrate-only", havingValue = "false", matchIfMissing = true)
class IdentityProvisioningStep implements TenantProvisioningStep {

    static final String FIRST_ADMIN = "quantri";
    /** No look-alikes (0/O, 1/l/I): the operator passes the password on to a person who types it once. */
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakProvisioner provisioner;
    private final KeycloakAdminClient admin;
    private final PublicUrls urls;

    IdentityProvisioningStep(KeycloakProvisioner provisioner, KeycloakAdminClient admin, PublicUrls urls) {
        this.provisioner = provisioner;
        this.admin = admin;
        this.urls = urls;
    }

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public void provision(Tenant tenant, OnboardingReport report) {
        String realm = Realms.ofProvince(tenant.slug());
        boolean adminExists = admin.find("/admin/realms/{realm}", realm).isPresent()
                && !admin.list("/admin/realms/{realm}/users?username={username}&exact=true", realm, FIRST_ADMIN).isEmpty();
        String temporaryPassword = temporaryPassword(16);
        provisioner.provisionProvince(tenant.slug(), tenant.name(),
                new UserSeed(FIRST_ADMIN, temporaryPassword, true, null, null, report.adminEmail()),
                List.of(URI.create(urls.province(tenant.slug()))));
        if (!adminExists) {
            // a retry finds the account already there, with the password handed out by the run that created it
            report.firstAdmin(FIRST_ADMIN, temporaryPassword);
        }
    }

    private static String temporaryPassword(int length) {
        StringBuilder password = new StringBuilder(length);
        RANDOM.ints(length, 0, PASSWORD_ALPHABET.length()).forEach(i -> password.append(PASSWORD_ALPHABET.charAt(i)));
        return password.toString();
    }

    @Override
    public void suspend(Tenant tenant) {
        provisioner.suspendProvince(tenant.slug());
    }

    @Override
    public void resume(Tenant tenant) {
        provisioner.resumeProvince(tenant.slug());
    }
}
