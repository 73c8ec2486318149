package vn.cuocthi.platformcore.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The roles of the platform as Spring authorities. Keycloak puts a user's realm roles in the flat {@code roles}
 * claim; {@code province-admin} becomes {@code ROLE_PROVINCE_ADMIN}. A province realm only has province roles and
 * the platform realm only {@code operator}, so a role never crosses from one to the other.
 */
public final class StaffRoles {

    public static final String OPERATOR = "OPERATOR";
    public static final String PROVINCE_ADMIN = "PROVINCE_ADMIN";
    public static final String EDITOR = "EDITOR";
    public static final String VIEWER = "VIEWER";
    public static final String VERIFIER = "VERIFIER";
    /** Every province role: who may look at the staff side of a province at all. */
    public static final String[] ANY_STAFF = {PROVINCE_ADMIN, EDITOR, VIEWER, VERIFIER};
    /** Who may change contests and the question bank. */
    public static final String[] CONTENT_EDITORS = {PROVINCE_ADMIN, EDITOR};
    /** Who may verify and disqualify contestants and recompute a round's prediction figure. */
    public static final String[] RESULT_VERIFIERS = {PROVINCE_ADMIN, VERIFIER};
    /** Who may browse and export the whole province's audit log: the admin and the read-only oversight role. */
    public static final String[] AUDIT_READERS = {PROVINCE_ADMIN, VIEWER};

    public static final String ROLES_CLAIM = "roles";

    private StaffRoles() {
    }

    /** Whether the signed-in staff member holds one of these roles (a page shows only the forms its reader may send). */
    public static boolean holds(Authentication staff, String... roles) {
        return staff != null && staff.getAuthorities().stream().anyMatch(authority -> java.util.Arrays.stream(roles)
                .anyMatch(role -> ("ROLE_" + role).equals(authority.getAuthority())));
    }

    static List<GrantedAuthority> authorities(Object claim) {
        if (!(claim instanceof Collection<?> roles)) {
            return List.of();
        }
        return roles.stream()
                .map(String::valueOf)
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(
                        "ROLE_" + role.toUpperCase(Locale.ROOT).replace('-', '_')))
                .toList();
    }
}
