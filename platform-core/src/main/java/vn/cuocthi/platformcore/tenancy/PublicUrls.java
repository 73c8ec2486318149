package vn.cuocthi.platformcore.tenancy;

import java.util.UUID;

import org.springframework.modulith.NamedInterface;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The addresses people use, for what must be known outside a request (the redirect URIs registered in Keycloak,
 * printed links): {@code cuocthi.public-scheme} and {@code cuocthi.public-port}, by default http and the port this
 * node listens on.
 */
@Component
@NamedInterface("tenancy")
public class PublicUrls {

    private final TenantHosts hosts;
    private final Environment environment;

    public PublicUrls(TenantHosts hosts, Environment environment) {
        this.hosts = hosts;
        this.environment = environment;
    }

    public String province(String slug) {
        return base(hosts.hostOf(slug));
    }

    /** A contest's public page on the current province's host: what its link, QR codes and banner lead to. */
    public String contest(UUID contestId) {
        return province(TenantContext.require().slug()) + "/contests/" + contestId;
    }

    /** A contest's short link on the current province's host ({@code /c/<code>}, redirecting to its page). */
    public String shortLink(String code) {
        return province(TenantContext.require().slug()) + "/c/" + code;
    }

    public String platform() {
        return base(hosts.baseDomain());
    }

    private String base(String host) {
        String scheme = environment.getProperty("cuocthi.public-scheme", "http");
        String port = environment.getProperty("cuocthi.public-port",
                environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")));
        boolean defaultPort = ("http".equals(scheme) && "80".equals(port)) || ("https".equals(scheme) && "443".equals(port));
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
