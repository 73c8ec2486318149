package vn.cuocthi.platformcore.tenancy;

import org.springframework.modulith.NamedInterface;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.CuocThiProperties;

/** Reads a Host header: the bare base domain is the platform, {@code <slug>.<base>} is a province. */
@Component
@NamedInterface("tenancy")
public class TenantHosts {

    public sealed interface Match {
    }

    /** The bare base domain: operator API and the platform's landing page. */
    public record Platform() implements Match {
    }

    /** A single label under the base domain. */
    public record Province(String slug) implements Match {
    }

    /** Anything else: never served. */
    public record Foreign(String host) implements Match {
    }

    private final String baseDomain;

    public TenantHosts(CuocThiProperties properties) {
        this.baseDomain = normalize(properties.baseDomain());
    }

    public Match match(String host) {
        String name = normalize(host);
        if (name.equals(baseDomain)) {
            return new Platform();
        }
        String suffix = "." + baseDomain;
        if (name.endsWith(suffix)) {
            String label = name.substring(0, name.length() - suffix.length());
            if (!label.isEmpty() && label.indexOf('.') < 0) {
                return new Province(label);
            }
        }
        return new Foreign(name);
    }

    public String hostOf(String slug) {
        return slug + "." + baseDomain;
    }

    public String baseDomain() {
        return baseDomain;
    }

    private static String normalize(String host) {
        if (host == null) {
            return "";
        }
        String name = host.trim().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            return name; // IPv6 literal: never a province
        }
        int colon = name.indexOf(':');
        if (colon >= 0) {
            name = name.substring(0, colon);
        }
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
