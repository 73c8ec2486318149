package vn.cuocthi.platformcore.tenancy;

import org.springframework.modulith.NamedInterface;

/**
 * What onboarding tells the operator once: the first admin's account and temporary password (only when this run
 * created it; Keycloak asks for a new password at the first sign-in). It also carries what the operator gave for the
 * first admin (an e-mail address, or none) to the steps.
 */
@NamedInterface("tenancy")
public final class OnboardingReport {

    public record FirstAdmin(String username, String temporaryPassword) {
    }

    private final String adminEmail;
    private FirstAdmin firstAdmin;

    public OnboardingReport() {
        this(null);
    }

    public OnboardingReport(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    /** The first admin's e-mail address as the operator typed it (checked), or null. */
    public String adminEmail() {
        return adminEmail;
    }

    public void firstAdmin(String username, String temporaryPassword) {
        this.firstAdmin = new FirstAdmin(username, temporaryPassword);
    }

    public FirstAdmin firstAdmin() {
        return firstAdmin;
    }
}
