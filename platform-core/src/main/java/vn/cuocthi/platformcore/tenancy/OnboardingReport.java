package vn.cuocthi.platformcore.tenancy;

/**
 * What onboarding tells the operator once: the first admin's account and temporary password (only when this run
 * created it; Keycloak asks for a new password at the first sign-in).
 */
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
