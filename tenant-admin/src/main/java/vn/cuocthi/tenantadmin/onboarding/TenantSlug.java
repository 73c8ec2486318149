package vn.cuocthi.tenantadmin.onboarding;

import java.util.Set;
import java.util.regex.Pattern;

/** The rules for a province's code, which becomes its subdomain and its schema name. */
final class TenantSlug {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]{2,30}");

    /** Names that mean something else on a domain or inside the platform. */
    static final Set<String> RESERVED = Set.of("www", "api", "admin", "app", "apps", "auth", "login", "logout", "sso",
            "id", "identity", "keycloak", "platform", "operator", "console", "portal", "static", "assets", "cdn", "img",
            "css", "js", "docs", "help", "support", "status", "health", "metrics", "mail", "smtp", "imap", "pop",
            "ftp", "ns1", "ns2", "dns", "vpn", "dev", "test", "staging", "demo", "localhost", "public", "system", "root",
            "tenant", "tenants", "cuocthi", "info", "blog", "news");

    private TenantSlug() {
    }

    static boolean isWellFormed(String slug) {
        return slug != null && VALID.matcher(slug).matches();
    }

    static boolean isReserved(String slug) {
        return RESERVED.contains(slug);
    }
}
