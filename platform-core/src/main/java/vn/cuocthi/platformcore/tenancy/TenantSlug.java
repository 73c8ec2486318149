package vn.cuocthi.platformcore.tenancy;

import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.modulith.NamedInterface;

/**
 * The rules for a province's code, which becomes its subdomain, its schema's name and its Keycloak realm's name.
 * Onboarding refuses up front whatever any of those would refuse (a realm name must start with a letter): a slug
 * refused by a later provisioning step would leave the province stuck half-made.
 */
@NamedInterface("tenancy")
public final class TenantSlug {

    /** A lower-case ASCII letter, then letters or digits: 2 to 30 characters. */
    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9]{1,29}");

    /** Names that mean something else on a domain or inside the platform. */
    public static final Set<String> RESERVED = Set.of("www", "api", "admin", "app", "apps", "auth", "login", "logout", "sso",
            "id", "identity", "keycloak", "platform", "operator", "console", "portal", "static", "assets", "cdn", "img",
            "css", "js", "docs", "help", "support", "status", "health", "metrics", "mail", "smtp", "imap", "pop",
            "ftp", "ns1", "ns2", "dns", "vpn", "dev", "test", "staging", "demo", "localhost", "public", "system", "root",
            "tenant", "tenants", "cuocthi", "info", "blog", "news");

    private TenantSlug() {
    }

    public static boolean isWellFormed(String slug) {
        return slug != null && VALID.matcher(slug).matches();
    }

    public static boolean isReserved(String slug) {
        return RESERVED.contains(slug);
    }
}
