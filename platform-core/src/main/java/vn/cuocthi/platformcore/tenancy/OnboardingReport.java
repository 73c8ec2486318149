package vn.cuocthi.platformcore.tenancy;

import org.springframework.modulith.NamedInterface;

/**
 * What onboarding tells the operator once: the first admin's account and temporary password (only when this run
 * created it; Keycloak asks for a new password at the first sign-in).
 */
@NamedInterface("tenancy")
public final class OnboardingReport {

    public record FirstAdmin(String username, String temporaryPassword) {
    }

    private FirstAdmin firstAdmin;

    public void firstAdmin(String username, String temporaryPassword) {
        this.firstAdmin = new FirstAdmin(username, temporaryPassword);
    }

    public FirstAdmin firstAdmin() {
        return firstAdmin;
    }
}
